<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign c = content>
<@l.page c>
<p class="lede">${c.description}</p>
<p class="start-bar no-print"><button class="button start-routine" aria-controls="player">Start routine</button> <span>${c.steps?size} steps, ${c.totaltime}</span></p>
<section class="player" id="player" hidden aria-labelledby="player-title" data-changeover="10">
<h2 id="player-title" tabindex="-1">Routine player</h2>
<p class="player-count" id="player-count"></p>
<p class="player-step" id="player-step" aria-live="polite" aria-atomic="true"></p>
<div class="player-now"><div class="player-figure" id="player-figure"></div><div class="player-how" id="player-how"></div></div>
<p class="player-clock" role="timer" aria-label="Time left"><span id="player-clock">0:00</span></p>
<p class="player-hold" id="player-hold" hidden><button data-action="hold">Tender spot? Hold <span id="player-hold-seconds"></span> s</button> <span class="player-hold-clock" role="timer" aria-label="Time left on the tender spot" id="player-hold-clock"></span></p>
<div class="player-controls" role="group" aria-label="Player controls">
<button data-action="back" data-running aria-keyshortcuts="ArrowLeft">Back</button>
<button data-action="pause" data-running aria-keyshortcuts="Space">Pause</button>
<button data-action="skip" data-running aria-keyshortcuts="ArrowRight">Skip</button>
<button data-action="restart" data-done hidden>Start again</button>
<button data-action="end" aria-keyshortcuts="Escape">Close</button>
</div>
<p class="player-options"><label><input type="checkbox" id="player-cue"> Sound and vibration at each change</label></p>
<p class="player-note" id="player-note" hidden>This browser cannot keep the screen on: tap it now and then, or raise your screen timeout.</p>
<p class="player-help">Keys: Space pauses or resumes, arrows go back or skip, Escape closes.</p>
<p><button class="player-stop" data-action="stop" data-running aria-controls="player-stop-panel">Pain, numbness or tingling? Stop now</button></p>
<div class="player-stop-panel card stop" id="player-stop-panel" role="region" aria-labelledby="player-stop-title" hidden>
<h3 id="player-stop-title" tabindex="-1">Stop now, and stop rolling for today</h3>
<p>The routine is paused where you were. Stop if you feel:</p>
<p>If the pain stays, or comes back each time, ask a professional before you roll again.</p>
<p><button data-action="unstop">Back to the routine</button> <button data-action="end">End the routine</button></p>
</div>
</section>
<div class="glance">
<@l.facts c/>
<@l.bodymap c/>
</div>
<@l.stopcard c/>
<section class="steps-overview" aria-labelledby="steps-title">
<h2 id="steps-title">The steps at a glance</h2>
<ol class="steps" id="routine-steps">
<#list c.steps as s>
<li data-anchor="${s.anchor}" data-seconds="${s.seconds?c}"<#if s.bothsides> data-sides="both"</#if><#if (s.hold > 0)> data-hold="${s.hold?c}"</#if>>
<#if s.figure??>${s.figure.thumb?no_esc}</#if>
<p>${s?counter}. <#if s.technique.uri??><a href="${c.rootpath}${s.technique.uri}">${s.title}</a><#else>${s.title}</#if> · ${s.duration}<#if (s.hold > 0)> · pause ${s.hold?c} s on tender spots</#if></p>
</li>
</#list>
</ol>
<p>Total time: ${c.totaltime}.</p>
</section>
<div class="body">${c.body?no_esc}</div>
<#if c.precautionlist?has_content>
<section class="precautions" aria-labelledby="precautions-title">
<h2 id="precautions-title">Before you start</h2>
<ul><#list c.precautionlist as p><li class="severity-${p.severity}<#if p.id == "consult-a-professional"> consult</#if>"><a href="${c.rootpath}${p.uri}">${p.title}</a>: ${p.note}</li></#list></ul>
</section>
</#if>
<@l.sources c/>
<@l.review c/>
<@l.related c/>
<@l.pager c/>
</@l.page>
