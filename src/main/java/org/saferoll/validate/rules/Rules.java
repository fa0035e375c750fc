package org.saferoll.validate.rules;

import org.saferoll.validate.Rule;

import java.util.List;

/** The Java rules, in the order their messages are most useful to a writer. */
public final class Rules {
    private Rules() {
    }

    public static List<Rule> all() {
        return List.of(new FileNameRule(), new UniqueIdRule(), new HeaderLineRule(), new IncludeRule(), new TodoRule(), new TitleCaseRule(), new ReferenceRule(), new NoRollZoneRule(),
                new FigureNoRollZoneRule(), new FigureRule(), new TimeRangeRule(), new StepRule(), new StepTimeRule(), new HoldTimeRule(),
                new RequiredPrecautionsRule(), new EquipmentListedRule(), new LevelRule(), new ReviewRule(), new SourcesRule(), new DurationRule(),
                new UnsafeAdviceRule(), new RawHtmlRule(), new BrokenXrefRule(), new ReservedNameRule());
    }

}
