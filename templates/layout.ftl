<#ftl output_format="HTML" strip_whitespace=true>
<#-- The one base layout. Content types call <@page> and add only what differs. -->
<#macro head c>
<head>
<#if c.pagetype == "notfound">
<#-- Served for a missing URL at any depth: find the site root before anything loads. The first
     path segment is the site's sub-path unless it is one of the site's own folders. -->
<script>(function(){var d=document,s=location.pathname.split("/")[1]||"",own=/${c.urls.rootfolders}|[.]html$/;function add(tag,props){var e=d.createElement(tag);for(var k in props)e[k]=props[k];d.head.appendChild(e)}if(/^https?:$/.test(location.protocol))add("base",{href:s&&!own.test(s)?"/"+s+"/":"/"});add("link",{rel:"stylesheet",href:"css/site.css"});add("link",{rel:"icon",href:"img/icon.svg",type:"image/svg+xml"})})()</script>
</#if>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${c.title} · ${c.sitename}</title>
<meta name="description" content="${c.description!""}">
<meta property="og:type" content="article">
<meta property="og:title" content="${c.title}">
<meta property="og:description" content="${c.description!""}">
<meta property="og:site_name" content="${c.sitename}">
<meta name="color-scheme" content="light dark">
<#if c.pagetype != "notfound">
<link rel="stylesheet" href="${c.rootpath}css/site.css">
<link rel="icon" href="${c.rootpath}img/icon.svg" type="image/svg+xml">
</#if>
<script>try{var t=localStorage.getItem("saferoll-theme");if(t)document.documentElement.dataset.theme=t}catch(e){}</script>
<#if c.jsonld??><script type="application/ld+json">${c.jsonld?no_esc}</script></#if>
</head>
</#macro>

<#macro header c>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
  <div class="bar">
    <a class="brand" href="${c.rootpath}${c.urls.home}"><svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28"><rect width="32" height="32" rx="7" fill="#0b6e69"/><rect x="5" y="12" width="22" height="8" rx="4" fill="#fff"/><circle cx="9" cy="16" r="2" fill="#0b6e69"/><circle cx="23" cy="16" r="2" fill="#0b6e69"/></svg> ${c.sitename}</a>
    <form class="search" role="search" action="${c.rootpath}${c.urls.search}">
      <label for="q" class="visually-hidden">Search the guide</label>
      <input id="q" type="search" name="q" placeholder="Search" autocomplete="off" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="search-listbox" aria-describedby="search-status">
      <div id="search-results" class="search-results" hidden><ul id="search-listbox" role="listbox" aria-label="Top results"></ul><div id="search-extra"></div></div>
      <p id="search-status" class="visually-hidden" aria-live="polite"></p>
    </form>
    <button class="theme-toggle" type="button" aria-pressed="false" title="Switch light or dark theme"><span class="visually-hidden">Dark theme</span><svg class="moon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path d="M12 3a9 9 0 1 0 9 9 7 7 0 0 1-9-9z"/></svg><svg class="sun" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path d="M7 12a5 5 0 1 0 10 0a5 5 0 1 0-10 0zM12 1v4M12 19v4M1 12h4M19 12h4M4 4l3 3M17 17l3 3M4 20l3-3M17 7l3-3"/></svg></button>
  </div>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <#list c.mainnav as item><li><a href="${c.rootpath}${item.uri}"<#if item.current> aria-current="true"</#if>>${item.title}</a></li></#list>
      <li><a href="${c.rootpath}${c.urls.lowerbackpain}">Lower back pain</a></li>
      <li><a href="${c.rootpath}${c.urls.faq}">FAQ</a></li>
    </ul>
  </nav>
  <p class="safety-bar"><strong>Safety first:</strong> <a href="${c.rootpath}${c.urls.lumbar}">never roll your lower back</a> · <a href="${c.rootpath}${c.urls.stop}">stop signs: when to stop at once</a></p>
</header>
</#macro>

<#macro breadcrumbs c>
<#if c.breadcrumbs?has_content>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>
<#list c.breadcrumbs as crumb><li><a href="${c.rootpath}${crumb.uri}">${crumb.title}</a></li></#list>
<li><span aria-current="page">${c.title}</span></li>
</ol></nav>
</#if>
</#macro>

<#macro sidebar c>
<#if c.section??>
<nav class="sidebar" aria-labelledby="sidebar-title">
  <h2 id="sidebar-title"><a href="${c.rootpath}${c.section.uri}">${c.section.title}</a></h2>
  <ul><#list c.section.items as item><li><a href="${c.rootpath}${item.uri}"<#if item.current> aria-current="page"</#if>>${item.title}</a><#if item.draft!false> <span class="draft-mark">(draft)</span></#if></li></#list></ul>
  <#if c.section.partial><p class="more"><a href="${c.rootpath}${c.section.uri}">All ${c.section.total?c} ${c.section.title?lower_case}</a></p></#if>
</nav>
</#if>
</#macro>

<#macro stopcard c>
<aside class="card stop" aria-labelledby="stop-title">
  <h2 id="stop-title">Stop immediately if you feel</h2>
  <ul><li>sharp or stabbing pain</li><li>numbness</li><li>tingling or pins and needles</li><li>pain that spreads or shoots down a limb</li></ul>
  <p>Rolling may feel uncomfortable, never sharply painful. <a href="${c.rootpath}${c.urls.stop}">More on the stop signs</a>. Never roll the lower back or the neck: <a href="${c.rootpath}${c.urls.lumbar}">why the lower back is off limits</a>.</p>
</aside>
</#macro>

<#-- Who checked the page and how: an editorial check is never presented as a clinical review. -->
<#macro review c>
<#if c.review??>
<section class="review" aria-label="Review">
<#if c.review.checkedby??><p>Checked against its sources by ${c.review.checkedby} on <time datetime="${c.review.checkedon}">${c.review.checkedonlabel}</time>; next check due ${c.review.checkduelabel}.</p></#if>
<#if c.review.clinical><p>Clinically reviewed by ${c.review.reviewedby} on <time datetime="${c.review.reviewedon}">${c.review.reviewedonlabel}</time>.</p><#else><p><strong>Not yet clinically reviewed.</strong></p></#if>
</section>
</#if>
</#macro>

<#macro sources c>
<#if c.sources??>
<section class="sources">
<h2>Sources</h2>
<ul><#list c.sources as s><li><@cite s/></li></#list></ul>
</section>
</#if>
</#macro>

<#macro cite s>&ldquo;${s.title}&rdquo; by ${s.author} (${s.section}). ${s.note}</#macro>

<#macro facts c>
<#if c.facts?? && c.facts?has_content>
<dl class="facts">
<#list c.facts as f><div><dt>${f.label}</dt><dd><#if f.value?has_content>${f.value}</#if><#list f.links as l><a href="${c.rootpath}${l.uri}">${l.title}</a><#sep>, </#list></dd></div></#list>
</dl>
</#if>
</#macro>

<#macro bodymap c>
<#if c.bodymap??>
<figure class="bodymap-figure">
  ${c.bodymap?no_esc}
  <figcaption class="legend" aria-hidden="true"><span><span class="key target"></span>worked here</span><span><span class="key no-roll"></span>never roll</span><#if c.bodymapmoved!false><span><span class="key no-roll moved"></span>moved gently, never rolled</span></#if></figcaption>
</figure>
</#if>
</#macro>

<#macro related c>
<#if (c.related?? && c.related?has_content) || (c.tags?? && c.tags?has_content)>
<aside class="related" aria-labelledby="related-title">
  <h2 id="related-title">Related</h2>
  <#if c.related?has_content><ul><#list c.related as r><li><a href="${c.rootpath}${r.uri}">${r.title}</a> <span class="note">${r.note}</span></li></#list></ul></#if>
  <#if c.tags?? && c.tags?has_content><p class="tags"><#list c.tags as t><a class="tag" href="${c.rootpath}${t.uri}">${t.title}</a> </#list></p></#if>
</aside>
</#if>
</#macro>

<#macro pager c>
<#if c.prev?? || c.next??>
<nav class="pager" aria-label="Previous and next">
  <#if c.prev??><a rel="prev" href="${c.rootpath}${c.prev.uri}"><span>Previous</span> ${c.prev.title}</a></#if>
  <#if c.next??><a rel="next" href="${c.rootpath}${c.next.uri}"><span>Next</span> ${c.next.title}</a></#if>
</nav>
</#if>
</#macro>

<#macro footer c>
<footer class="site-footer">
  <#if c.editurl??><p class="edit"><a href="${c.editurl}">Edit this page</a> · <a href="${c.issueurl}">Report a problem</a></p></#if>
  <p>${c.sitename} explains self-myofascial release in plain words. It is general information, not medical advice: if you have chronic back pain, a past spinal injury, osteoporosis or another condition, <a href="${c.rootpath}${c.urls.consult}">ask a professional first</a>.</p>
  <p>Facts from <#list c.sitesources as s>&ldquo;${s.title}&rdquo; by ${s.author}<#sep>; </#list>; each page lists its sources.</p>
  <p><a href="${c.rootpath}${c.urls.tags}">Browse by tag</a> · <a href="${c.rootpath}${c.urls.schema}">Safety schema</a> · <a href="${c.rootpath}${c.urls.contribute}">Contribute</a></p>
</footer>
<#if c.pagetype == "notfound">
<script>["js/search.js","js/site.js"].forEach(function(src){var e=document.createElement("script");e.src=src;e.async=false;document.body.appendChild(e)})</script>
<#else>
<script src="${c.rootpath}js/search.js" defer></script>
<script src="${c.rootpath}js/site.js" defer></script>
<#if c.pagetype == "routine"><script src="${c.rootpath}js/player.js" defer></script></#if>
</#if>
</#macro>

<#-- The page frame. "aside" holds what goes after the article (cards, related, pager). -->
<#macro page c class="">
<!DOCTYPE html>
<html lang="en" data-root="${c.rootpath}">
<@head c/>
<body class="type-${c.pagetype} ${class}">
<@header c/>
<div class="layout">
<@sidebar c/>
<main id="main" tabindex="-1">
<#if c.draft!false><p class="draft-banner" role="note"><strong>Draft — not published.</strong> Only the preview shows this page; the build leaves it out until it says :jbake-status: published.</p></#if>
<@breadcrumbs c/>
<article>
<h1>${c.title}</h1>
<#nested>
</article>
</main>
</div>
<@footer c/>
</body>
</html>
</#macro>
