<#ftl output_format="HTML" strip_whitespace=true>
<#-- Lists of pages: section indexes, tag pages and the tag index. -->
<#import "layout.ftl" as l>
<#assign c = content>
<@l.page c>
<p class="lede">${c.description}</p>
<ul class="cards">
<#list c.items as item>
<li><a href="${c.rootpath}${item.uri}">${item.title}</a><#if item.draft!false> <span class="draft-mark">(draft)</span></#if><#if item.meta?? && item.meta?has_content> <span class="meta">${item.meta}</span></#if><#if item.note?has_content><p>${item.note}</p></#if></li>
</#list>
</ul>
</@l.page>
