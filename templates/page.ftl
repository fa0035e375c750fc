<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l><#-- guide pages, equipment and precautions alike: all they show is in the layout's macros -->
<#assign c = content>
<@l.page c=c class=(c.home??)?then("home", "")>
<p class="lede">${c.description}</p>
<@l.facts c/>
<div class="body">${c.body?no_esc}</div>
<#if c.home??>
<#-- The home page's width goes to cards: every routine and technique, each with its figure. -->
<#list [["routines", "Routines at a glance"], ["techniques", "Techniques, and where the roller goes"]] as part>
<section aria-labelledby="home-${part[0]}">
<h2 id="home-${part[0]}">${part[1]}</h2>
<ul class="cards tiles"><#list c.home[part[0]] as card><li>${(card.figure!"")?no_esc}<a href="${c.rootpath}${card.uri}">${card.title}</a><p>${card.note}</p></li></#list></ul>
</section>
</#list>
</#if>
<@l.sources c/>
<@l.review c/>
<@l.related c/>
<@l.pager c/>
</@l.page>
