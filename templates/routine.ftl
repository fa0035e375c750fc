<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign c = content>
<@l.page c>
<p class="lede">${c.description}</p>
<div class="glance">
<@l.facts c/>
<@l.bodymap c/>
</div>
<@l.stopcard c/>
<section class="steps-overview" aria-labelledby="steps-title">
<h2 id="steps-title">The steps at a glance</h2>
<ol class="steps" id="routine-steps">
<#list c.steps as s>
<li data-title="${s.title}" data-seconds="${s.seconds?c}" data-sides="${s.bothsides?then("both","")}" data-hold="${s.hold?c}">
<a href="#${s.anchor}">${s.title}</a> · ${s.duration}<#if (s.hold > 0)> · pause ${s.hold?c} s on tender spots</#if><#if s.technique.uri??> · <a href="${c.rootpath}${s.technique.uri}">how to do the ${s.technique.title?lower_case}</a></#if>
</li>
</#list>
</ol>
<p>Total time: ${c.totaltime}.</p>
<p class="no-print"><button type="button" class="button start-routine" aria-controls="player">Start routine</button></p>
</section>
<section class="player" id="player" hidden aria-labelledby="player-title">
<h2 id="player-title" tabindex="-1">Routine player</h2>
<p class="player-count" id="player-count"></p>
<p class="player-step" id="player-step" aria-live="polite" aria-atomic="true"></p>
<p class="player-clock" role="timer" aria-label="Time left in this step"><span id="player-clock">0:00</span></p>
<div class="player-controls" role="group" aria-label="Player controls">
<button type="button" data-action="back" aria-keyshortcuts="ArrowLeft">Back</button>
<button type="button" data-action="pause" aria-keyshortcuts="Space">Pause</button>
<button type="button" data-action="skip" aria-keyshortcuts="ArrowRight">Skip</button>
<button type="button" data-action="end" aria-keyshortcuts="Escape">End</button>
</div>
<p class="player-help">Keys: Space pauses or resumes, arrows go back or skip, Escape ends. <a class="player-stop" href="${c.rootpath}${c.stopuri}">Pain, numbness or tingling? Stop now.</a></p>
</section>
<div class="body">${c.body?no_esc}</div>
<#if c.precautionlist?has_content>
<section class="precautions" aria-labelledby="precautions-title">
<h2 id="precautions-title">Before you start</h2>
<ul><#list c.precautionlist as p><li class="severity-${p.severity}"><a href="${c.rootpath}${p.uri}">${p.title}</a>: ${p.note}</li></#list></ul>
</section>
</#if>
<@l.review c/>
<@l.related c/>
<@l.pager c/>
</@l.page>
