<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign c = content>
<@l.page c>
<p class="lede">This page does not exist, or it has moved.</p>
<p>Try the search above, or start again from the <a href="${c.rootpath}${c.urls.home}">home page</a>.</p>
</@l.page>
