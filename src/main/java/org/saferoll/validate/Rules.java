package org.saferoll.validate;

import org.saferoll.validate.rules.BrokenXrefRule;
import org.saferoll.validate.rules.EquipmentListedRule;
import org.saferoll.validate.rules.FileNameRule;
import org.saferoll.validate.rules.HeaderLineRule;
import org.saferoll.validate.rules.HoldTimeRule;
import org.saferoll.validate.rules.IncludeRule;
import org.saferoll.validate.rules.LevelRule;
import org.saferoll.validate.rules.NoRollZoneRule;
import org.saferoll.validate.rules.RawHtmlRule;
import org.saferoll.validate.rules.ReferenceRule;
import org.saferoll.validate.rules.RequiredPrecautionsRule;
import org.saferoll.validate.rules.ReviewRule;
import org.saferoll.validate.rules.StepRule;
import org.saferoll.validate.rules.StepTimeRule;
import org.saferoll.validate.rules.TimeRangeRule;
import org.saferoll.validate.rules.TitleCaseRule;
import org.saferoll.validate.rules.TodoRule;
import org.saferoll.validate.rules.UniqueIdRule;
import org.saferoll.validate.rules.UnsafeAdviceRule;

import java.util.List;

/** The Java rules, in the order their messages are most useful to a writer. */
public final class Rules {
    private Rules() {
    }

    public static List<Rule> all() {
        return List.of(new FileNameRule(), new UniqueIdRule(), new HeaderLineRule(), new IncludeRule(), new TodoRule(), new TitleCaseRule(), new ReferenceRule(), new NoRollZoneRule(),
                new TimeRangeRule(), new StepRule(), new StepTimeRule(), new HoldTimeRule(),
                new RequiredPrecautionsRule(), new EquipmentListedRule(), new LevelRule(), new ReviewRule(),
                new UnsafeAdviceRule(), new RawHtmlRule(), new BrokenXrefRule());
    }

}
