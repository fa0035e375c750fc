package org.saferoll.validate.prose;

/**
 * Why a sentence is unsafe advice.
 *
 * @param kind   {@code pressure}, {@code override}, {@code saying} or {@code speed}: the key of its message in
 *               {@code schema/prose.json}
 * @param words  the words that make it unsafe, as the sentence writes them (e.g. "roll ... lower back")
 * @param target for {@code pressure}, the no-roll target's words as the schema writes them; else empty
 */
public record Finding(String kind, String words, String target) {
}
