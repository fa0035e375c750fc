<#ftl output_format="HTML" strip_whitespace=true>
<#-- The results page, search.html?q=…: js/search.js lists every hit here. -->
<#import "layout.ftl" as l>
<#assign c = content>
<@l.page c>
<form class="search-page-form" role="search" action="${c.urls.search}">
  <label for="search-page-q">Search the guide</label>
  <input id="search-page-q" type="search" name="q" autocomplete="off">
  <button type="submit">Search</button>
</form>
<p id="search-page-status" role="status">Search needs JavaScript; without it, use the menu above.</p>
<div id="search-page-results"></div>
</@l.page>
