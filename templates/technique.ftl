<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign c = content>
<@l.page c>
<p class="lede">${c.description}</p>
<#if c.figure??>
<figure class="pose-figure">${c.figure.svg?no_esc}<figcaption aria-hidden="true">${c.figure.alt}</figcaption></figure>
</#if>
<div class="glance">
<@l.facts c/>
<@l.bodymap c/>
</div>
<@l.stopcard c/>
<div class="body">${c.body?no_esc}</div>
<#if c.precautionlist?has_content>
<section class="precautions" aria-labelledby="precautions-title">
<h2 id="precautions-title">Keep it safe</h2>
<ul><#list c.precautionlist as p><li class="severity-${p.severity}"><a href="${c.rootpath}${p.uri}">${p.title}</a>: ${p.note}</li></#list></ul>
</section>
</#if>
<@l.sources c/>
<@l.review c/>
<@l.related c/>
<@l.pager c/>
</@l.page>
