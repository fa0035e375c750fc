<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign c = content>
<@l.page c>
<p class="lede">${c.description}</p>
<@l.facts c/>
<div class="body">${c.body?no_esc}</div>
<@l.review c/>
<@l.related c/>
<@l.pager c/>
</@l.page>
