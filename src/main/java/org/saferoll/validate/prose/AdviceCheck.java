package org.saferoll.validate.prose;

import org.saferoll.schema.ProseVocabulary;
import org.saferoll.validate.prose.Phrases.Match;
import org.saferoll.validate.prose.Words.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether one sentence tells the reader to do something unsafe: press on a no-roll
 * target, carry on through pain or a stop sign, treat pain as the goal, or roll fast or hard.
 *
 * <p>It reads clauses, not strings. A sentence is cut into clauses at commas, semicolons, dashes
 * and words such as "but", "if" and "while"; an action counts only when no negation ("never",
 * "do not", "avoid", "instead of"...) stands before it in its clause, and a target only when it
 * is not itself negated ("roll the glutes instead of the lower back") or a boundary ("down to
 * just above the lower back"). A clause joined by "and" or "or" without an action of its own
 * continues the one before: "never roll your neck or your lower back". Sentences that call the
 * act dangerous, a myth or a mistake are warnings. One instance per thread.
 *
 * <p>Long because the four kinds of unsafe advice share one reading of negation and clauses:
 * split apart, each would need the same clause, negation and boundary logic passed around.
 */
public final class AdviceCheck {
    /** Words that open a condition rather than an instruction. */
    private static final java.util.Set<String> CONDITIONS = java.util.Set.of("if", "when", "whenev");
    private final Words words = new Words();
    private final Phrases targets;
    private final Phrases otherParts;
    private final Phrases conditions;
    private final Phrases paths;
    private final Phrases direct;
    private final Phrases placing;
    private final Phrases tools;
    private final Phrases pronounTools;
    private final Phrases placements;
    private final Phrases notActions;
    private final Phrases overrideActions;
    private final Phrases objectActions;
    private final Phrases signals;
    private final Phrases stops;
    private final Phrases sayings;
    private final Phrases speedActions;
    private final Phrases speedWords;
    private final Phrases strongSpeedWords;
    private final Phrases before;
    private final Phrases targetNegations;
    private final Phrases limits;
    private final Phrases cancel;
    private final Phrases warnings;
    private final Phrases rejections;
    private final Phrases suggestions;
    private final Phrases hardBreaks;
    private final Phrases softBreaks;
    private final Phrases pressureActions;
    private final Phrases speedMovers;
    private final Phrases allOverrides;
    /** Stems one of which a sentence must contain to be worth reading clause by clause. */
    private final java.util.Set<String> triggers = new java.util.HashSet<>();

    public AdviceCheck(ProseVocabulary vocabulary) {
        Phrases t = new Phrases(List.of());
        for (var e : vocabulary.targets().entrySet()) {
            t = t.plus(Phrases.of(words, e.getValue(), e.getKey()));
        }
        targets = t;
        otherParts = phrases(vocabulary.otherParts());
        conditions = phrases(vocabulary.list("conditions"));
        paths = phrases(vocabulary.list("paths"));
        direct = phrases(vocabulary.list("pressure.directActions"));
        placing = phrases(vocabulary.list("pressure.placingActions"));
        tools = phrases(vocabulary.list("pressure.tools"));
        pronounTools = phrases(vocabulary.list("pressure.pronounTools"));
        placements = phrases(vocabulary.list("pressure.placements"));
        notActions = phrases(vocabulary.list("pressure.notActions"));
        overrideActions = phrases(vocabulary.list("overrides.actions"));
        objectActions = phrases(vocabulary.list("overrides.objectActions"));
        signals = phrases(vocabulary.list("overrides.signals"));
        stops = phrases(vocabulary.list("overrides.stops"));
        sayings = phrases(vocabulary.list("overrides.sayings"));
        speedActions = phrases(vocabulary.list("speed.actions"));
        speedWords = phrases(vocabulary.list("speed.words"));
        strongSpeedWords = phrases(vocabulary.list("speed.strongWords"));
        before = phrases(vocabulary.list("negations.before"));
        targetNegations = phrases(vocabulary.list("negations.target"));
        limits = phrases(vocabulary.list("negations.limits"));
        cancel = phrases(vocabulary.list("negations.cancel"));
        warnings = phrases(vocabulary.list("negations.warnings"));
        rejections = phrases(vocabulary.list("negations.rejections"));
        suggestions = phrases(vocabulary.list("negations.suggestionQuestions"));
        hardBreaks = phrases(vocabulary.list("clauseBreaks.hard"));
        softBreaks = phrases(vocabulary.list("clauseBreaks.soft"));
        pressureActions = direct.plus(placing);
        speedMovers = speedActions.plus(tools);
        allOverrides = overrideActions.plus(objectActions);
        for (Phrases p : List.of(targets, signals, sayings, speedWords, strongSpeedWords)) {
            for (Phrases.Entry e : p.entries()) {
                e.stems().stream().filter(x -> !x.equals(Words.DET)).findFirst().ifPresent(triggers::add);
            }
        }
    }

    private Phrases phrases(List<String> texts) {
        return Phrases.of(words, texts, "");
    }

    /**
     * A run of tokens {@code [from, to)}; {@code soft} when it follows "and", "or" or "then";
     * {@code opener} is the stem of the word that opened it ("if"), or empty.
     */
    private record Clause(int from, int to, boolean soft, String opener) {
    }

    /** The sentence, tokenised once. */
    private record Sentence(String text, List<Token> tokens, List<String> stems) {
        String quote(int from, int to) {
            int start = tokens.get(from).start();
            Token last = tokens.get(to - 1);
            return text.substring(Math.min(start, text.length()), Math.min(text.length(), last.start() + last.word().length()));
        }
    }

    /** Why {@code sentence} is unsafe advice, or empty when it is not. */
    public Optional<Finding> check(String sentence) {
        List<Token> tokens = words.tokens(sentence);
        // Every kind of unsafe advice names a target, a stop sign, a saying or a speed: most sentences name none.
        if (tokens.stream().noneMatch(t -> triggers.contains(t.stem()))) {
            return Optional.empty();
        }
        Sentence s = new Sentence(sentence, tokens,
                tokens.stream().map(Token::stem).toList());
        if (sentence.strip().endsWith("?") && suggestions.at(s.stems(), 0) == null) {
            return Optional.empty(); // a question asks; "why not roll ...?" suggests
        }
        if (isWarning(s)) {
            return Optional.empty();
        }
        List<Clause> clauses = clauses(s.stems());
        Optional<Finding> found = pressure(s, clauses);
        if (found.isEmpty()) {
            found = override(s, clauses);
        }
        if (found.isEmpty()) {
            found = saying(s);
        }
        if (found.isEmpty()) {
            found = speed(s, clauses);
        }
        return found;
    }

    private List<Clause> clauses(List<String> stems) {
        List<Clause> out = new ArrayList<>();
        int from = 0;
        boolean soft = false;
        String opener = "";
        for (int i = 0; i < stems.size(); ) {
            Match hard = stems.get(i).equals(Words.BREAK) ? new Match(null, i, i + 1) : hardBreaks.at(stems, i);
            Match softBreak = hard == null ? softBreaks.at(stems, i) : null;
            Match cut = hard != null ? hard : softBreak;
            if (cut == null) {
                i++;
                continue;
            }
            if (cut.start() > from) {
                out.add(new Clause(from, cut.start(), soft, opener));
            }
            opener = stems.get(cut.start());
            // "and" right after a comma is still soft: "roll the glutes, and then the lower back"
            soft = softBreak != null || soft && cut.start() == from;
            from = cut.end();
            i = cut.end();
        }
        if (from < stems.size()) {
            out.add(new Clause(from, stems.size(), soft, opener));
        }
        return out;
    }

    // --- negation ---------------------------------------------------------------------------

    /** A negation before {@code at} in the clause, not turned back by "afraid to" and the like. */
    private boolean negatedBefore(List<String> stems, Clause c, int at) {
        return before.all(stems, c.from(), at).stream().anyMatch(m -> !cancelled(stems, m));
    }

    /** "Don't be afraid to", "never hesitate to", "why not": the negation asks for the act. */
    private boolean cancelled(List<String> stems, Match negation) {
        for (int k = Math.max(0, negation.start() - 2); k <= negation.end() + 2 && k < stems.size(); k++) {
            Match m = cancel.at(stems, k);
            if (m != null && m.end() > negation.start()) {
                return true;
            }
        }
        return false;
    }

    /** The target (or stop sign, or speed word) at {@code at} is negated or only a boundary. */
    private boolean targetNegated(List<String> stems, Clause c, int at) {
        if (targetNegations.all(stems, c.from(), at).stream().anyMatch(m -> !cancelled(stems, m))) {
            return true;
        }
        int k = skipBack(stems, at, c.from());
        for (Match m : limits.all(stems, Math.max(c.from(), k - 3), k)) {
            if (m.end() == k) {
                return true;
            }
        }
        return false;
    }

    /** The index just after the last token before {@code at} that is not a determiner or "just". */
    private static int skipBack(List<String> stems, int at, int floor) {
        int k = at;
        while (k > floor && (stems.get(k - 1).equals(Words.DET) || stems.get(k - 1).equals("just")
                || stems.get(k - 1).equals("direct") || stems.get(k - 1).equals("right"))) {
            k--;
        }
        return k;
    }

    /** The sentence calls the act dangerous, a myth or a mistake, and does not deny it. */
    private boolean isWarning(Sentence s) {
        for (Match m : warnings.all(s.stems(), 0, s.stems().size())) {
            boolean denied = false;
            for (int k = Math.max(0, m.start() - 2); k < m.start(); k++) {
                Match n = before.at(s.stems(), k);
                denied |= n != null && n.end() <= m.start();
            }
            if (!denied) {
                return true;
            }
        }
        return false;
    }

    // --- pressure on a no-roll target -------------------------------------------------------

    private Optional<Finding> pressure(Sentence s, List<Clause> clauses) {
        List<String> stems = s.stems();
        List<Match> carried = List.of();
        boolean previousNegated = false;
        boolean pending = false;
        for (Clause c : clauses) {
            // "never lie down and roll your neck": a clause after "and" keeps the negation before it;
            // "never, even after a run, roll your neck": so does one after a bare "never" and an aside
            boolean inherited = (c.soft() || pending) && previousNegated;
            List<Match> toolMatches = new ArrayList<>(tools.all(stems, c.from(), c.to()));
            List<Match> own = actions(stems, c, toolMatches);
            for (Match action : own) {
                Match pronoun = placing.entries().contains(action.entry()) ? pronounTools.at(stems, action.end()) : null;
                if (pronoun != null) {
                    toolMatches.add(pronoun);
                }
            }
            List<Match> acting = own.isEmpty() && c.soft() ? carried : own;
            for (Match target : targets.all(stems, c.from(), c.to())) {
                if (conditions.at(stems, target.end()) != null || targetNegated(stems, c, target.start())) {
                    continue;
                }
                for (Match action : acting) {
                    boolean isOwn = own.contains(action);
                    boolean needsTool = placing.entries().contains(action.entry());
                    if (inherited || isOwn && negatedBefore(stems, c, action.start())
                            || isOwn && needsTool && (toolMatches.isEmpty() || target.start() < action.start())) {
                        continue;
                    }
                    if (!isOwn || aimedAt(stems, c, action, target)) {
                        return Optional.of(new Finding("pressure", s.quote(Math.min(action.start(), target.start()),
                                Math.max(action.end(), target.end())), target.entry().label()));
                    }
                }
                Optional<Finding> placed = inherited ? Optional.empty() : placedOn(s, c, toolMatches, target);
                if (placed.isPresent()) {
                    return placed;
                }
            }
            pending = own.isEmpty() && targets.all(stems, c.from(), c.to()).isEmpty()
                    && (pending || onlyNegation(stems, c));
            previousNegated = inherited || !before.all(stems, c.from(), c.to()).isEmpty()
                    || !targetNegations.all(stems, c.from(), c.to()).isEmpty() || !limits.all(stems, c.from(), c.to()).isEmpty();
            if (!own.isEmpty()) {
                carried = own;
            } else if (!c.soft()) {
                carried = List.of();
            }
        }
        return Optional.empty();
    }

    /** The clause is nothing but a negation, such as "never" or "please, do not". */
    private boolean onlyNegation(List<String> stems, Clause c) {
        List<Match> negations = before.all(stems, c.from(), c.to());
        int covered = negations.stream().mapToInt(m -> m.end() - m.start()).sum();
        long fillers = stems.subList(c.from(), c.to()).stream().filter(x -> x.equals("ever") || x.equals("pleas")).count();
        return !negations.isEmpty() && covered + fillers == c.to() - c.from();
    }

    /** Pressure actions of the clause: words of a tool ("massage ball") or of a set phrase ("rolled towel") are not. */
    private List<Match> actions(List<String> stems, Clause c, List<Match> toolMatches) {
        List<Match> covered = new ArrayList<>(toolMatches);
        covered.addAll(notActions.all(stems, c.from(), c.to()));
        List<Match> out = new ArrayList<>();
        for (Match m : pressureActions.all(stems, c.from(), c.to())) {
            if (covered.stream().noneMatch(t -> m.start() < t.end() && t.start() < m.end())) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Whether the action is aimed at the target: the first body part after the action is the
     * target, or another part with a path to the target ("from the mid-back down to the lower
     * back"), or no part follows and the target came first ("the lower back can be rolled").
     */
    private boolean aimedAt(List<String> stems, Clause c, Match action, Match target) {
        Match firstPart = null;
        for (int i = action.end(); i < c.to() && firstPart == null; i++) {
            Match t = targets.at(stems, i);
            firstPart = t != null ? t : otherParts.at(stems, i);
        }
        if (firstPart == null) {
            return target.start() < action.start();
        }
        if (firstPart.start() == target.start()) {
            return true;
        }
        if (firstPart.start() > target.start()) {
            return false; // the target came first; the action goes to another part
        }
        int k = skipBack(stems, target.start(), firstPart.end());
        return k > firstPart.end() && paths.at(stems, k - 1) != null;
    }

    /** A tool placed on the target without a verb of pressure: "with the ball under your neck". */
    private Optional<Finding> placedOn(Sentence s, Clause c, List<Match> toolMatches, Match target) {
        List<String> stems = s.stems();
        int k = skipBack(stems, target.start(), c.from());
        for (Match tool : toolMatches) {
            if (tool.end() > k) {
                continue;
            }
            for (Match p : placements.all(stems, tool.end(), k)) {
                if (p.end() == k && !negatedBefore(stems, c, p.start()) && k - tool.end() <= 6) {
                    return Optional.of(new Finding("pressure", s.quote(tool.start(), target.end()), target.entry().label()));
                }
            }
        }
        return Optional.empty();
    }

    // --- pain and stop signs -----------------------------------------------------------------

    private Optional<Finding> override(Sentence s, List<Clause> clauses) {
        List<String> stems = s.stems();
        List<Match> liveSignals = new ArrayList<>();
        // whole sentence: "pins and needles" spans a clause break
        for (Match m : signals.all(stems, 0, stems.size())) {
            Clause c = clauses.stream().filter(x -> x.from() <= m.start() && m.start() < x.to()).findFirst().orElse(null);
            if (c == null || !targetNegated(stems, c, m.start())) {
                liveSignals.add(m);
            }
        }
        if (liveSignals.isEmpty()) {
            return Optional.empty();
        }
        for (Clause c : clauses) {
            for (Match action : allOverrides.all(stems, c.from(), c.to())) {
                if (negatedBefore(stems, c, action.start())) {
                    continue;
                }
                boolean object = objectActions.entries().contains(action.entry());
                for (Match signal : liveSignals) {
                    boolean near = signal.start() >= action.end() && signal.start() - action.end() <= 3;
                    if (object ? near : !saysStop(s, action)) {
                        return Optional.of(new Finding("override", s.quote(Math.min(action.start(), signal.start()),
                                Math.max(action.end(), signal.end())), ""));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The sentence also tells the reader to stop or ease off: "keep going unless it hurts; then stop". */
    private boolean saysStop(Sentence s, Match action) {
        List<String> stems = s.stems();
        for (Match m : stops.all(stems, 0, stems.size())) {
            boolean inside = m.start() >= action.start() && m.end() <= action.end();
            boolean denied = before.all(stems, Math.max(0, m.start() - 2), m.start()).stream()
                    .anyMatch(n -> n.end() == m.start());
            if (!inside && !denied) {
                return true;
            }
        }
        return false;
    }

    private Optional<Finding> saying(Sentence s) {
        List<String> plain = s.stems().stream().filter(x -> !x.equals(Words.BREAK)).toList();
        for (Match m : sayings.all(plain, 0, plain.size())) {
            boolean rejected = !rejections.all(plain, 0, m.start()).isEmpty()
                    || !rejections.all(plain, m.end(), plain.size()).isEmpty()
                    || !before.all(plain, 0, m.start()).isEmpty();
            if (!rejected) {
                return Optional.of(new Finding("saying", m.entry().text(), ""));
            }
        }
        return Optional.empty();
    }

    // --- speed ---------------------------------------------------------------------------------

    private Optional<Finding> speed(Sentence s, List<Clause> clauses) {
        List<String> stems = s.stems();
        for (Clause c : clauses) {
            for (Match w : strongSpeedWords.all(stems, c.from(), c.to())) {
                if (!negatedBefore(stems, c, w.start())) {
                    return Optional.of(new Finding("speed", s.quote(w.start(), w.end()), ""));
                }
            }
            if (CONDITIONS.contains(c.opener())) {
                continue; // "slow down if you catch yourself rolling quickly": a situation, not an instruction
            }
            List<Match> actionsHere = speedMovers.all(stems, c.from(), c.to());
            for (Match w : speedWords.all(stems, c.from(), c.to())) {
                if (targetNegated(stems, c, w.start()) || negatedBefore(stems, c, w.start())) {
                    continue;
                }
                boolean adjective = w.start() > 0 && (stems.get(w.start() - 1).equals(Words.DET)
                        || stems.get(w.start() - 1).equals("for"));
                if (adjective && speedActions.at(stems, w.end()) == null) {
                    continue; // "a quick routine", "for fast relief": not how to roll
                }
                for (Match a : actionsHere) {
                    boolean describes = a.start() > w.start();
                    if (negatedBefore(stems, c, a.start()) || describes && (deniedAfter(stems, a.end())
                            || negatedBefore(stems, new Clause(0, w.start(), false, ""), w.start()))) {
                        continue; // "fast, jerky rolling does not help" describes what to avoid
                    }
                    return Optional.of(new Finding("speed", s.quote(Math.min(a.start(), w.start()),
                            Math.max(a.end(), w.end())), ""));
                }
            }
        }
        return Optional.empty();
    }

    /** A negation somewhere after {@code from}: the sentence denies what it named. */
    private boolean deniedAfter(List<String> stems, int from) {
        return !before.all(stems, from, stems.size()).isEmpty();
    }
}
