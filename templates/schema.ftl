<#ftl output_format="HTML" strip_whitespace=true>
<#-- Generated from schema/*.json and the Java rules: this page cannot drift from what the build enforces. -->
<#import "layout.ftl" as l>
<#assign c = content>
<@l.page c>
<p class="lede">${c.description}</p>
<p>Before any page reaches readers, the build checks it against these rules. A page that breaks one is never published, and the writer sees the file, the line and a hint.</p>
<#macro attributes list caption>
<div class="table-wrap"><table>
<caption class="visually-hidden">${caption}</caption>
<thead><tr><th scope="col">Attribute</th><th scope="col">Required</th><th scope="col">Meaning</th><th scope="col">Allowed values</th></tr></thead>
<tbody>
<#list list as a><tr><th scope="row"><code>:${a.name}:</code></th><td>${a.required?then("yes","no")}</td><td>${a.description}<#if a.list> (comma-separated list)</#if></td><td>${a.allowed}</td></tr></#list>
</tbody></table></div>
</#macro>
<h2 id="attributes">Attributes of each page type</h2>
<h3 id="type-all">Every page type</h3>
<@attributes c.common "Attributes of every page"/>
<#list c.types as t>
<h3 id="type-${t.id}">${t.title} (<code>:jbake-type: ${t.id}</code>)</h3>
<p>${t.description}</p>
<@attributes t.attributes "Attributes of ${t.title?lower_case}s"/>
</#list>
<h2 id="time">Time on each area</h2>
<p>For ${c.pressing} techniques, each step of a routine stays within these windows, and always within the technique's own range. A pause on a tender spot (<code>hold</code>) lasts ${c.holdmin} to ${c.holdmax} seconds and is shorter than its step.</p>
<div class="table-wrap"><table>
<thead><tr><th scope="col">Routine context</th><th scope="col">Seconds per area</th><th scope="col">Basis</th></tr></thead>
<tbody><#list c.windows as w><tr><th scope="row">${w.context}</th><td>${w.min} to ${w.max}</td><td>${w.basis}</td></tr></#list></tbody>
</table></div>
<p>Pause: ${c.holdbasis} Technique ranges: ${c.rangebasis}</p>
<h2 id="rules">The rules</h2>
<dl class="rules"><#list c.rules as r><dt><code>${r.id}</code></dt><dd>${r.summary}</dd></#list></dl>
<p>No-roll zones: ${c.noroll}. Precautions every routine lists: ${c.required}.</p>
<h2 id="prose">What the prose check refuses</h2>
<p>Every sentence a reader reads is checked, after attributes are filled in and markup removed. It may not tell readers to press on a no-roll zone, to carry on through pain or a stop sign, that pain is the goal, or to roll fast or hard. Warnings pass: "never roll your lower back", "roll the glutes instead of the lower back", "if you feel tingling, stop". Words are compared in every form (roll, rolls, rolling, rolled).</p>
<div class="table-wrap"><table>
<caption class="visually-hidden">No-roll zones and the words that name them</caption>
<thead><tr><th scope="col">No-roll zone</th><th scope="col">Words that name it</th></tr></thead>
<tbody><#list c.prose.targets as t><tr><th scope="row">${t.region}</th><td>${t.words}</td></tr></#list></tbody>
</table></div>
<dl class="rules"><#list c.prose.lists as w><dt>${w.title}</dt><dd>${w.words}</dd></#list></dl>
<h2 id="html">HTML a page may contain</h2>
<p>Every built page is checked against <code>schema/html-allowlist.json</code>: links are relative or ${c.html.schemes}; no script, event handler, style, frame or SVG comes from a page, whose text may become only these elements (each may carry ${c.html.every}):</p>
<p><#list c.html.elements as e>${e.tag}<#if e.attributes?has_content> (${e.attributes})</#if><#sep>, </#list>.</p>
</@l.page>
