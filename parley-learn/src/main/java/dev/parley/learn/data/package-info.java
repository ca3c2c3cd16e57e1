/**
 * Preference datasets in TRL's formats, exactly as TRL documents them (REFERENCE §8): preference rows
 * ({@code prompt}/{@code chosen}/{@code rejected}, optional {@code margin}), unpaired rows
 * ({@code prompt}/{@code completion}/{@code label}) and prompt-only rows ({@code prompt}), each in the
 * standard (plain text) or conversational (list of {@code {role, content}} messages) form. Parley's source
 * and provenance fields ({@link dev.parley.learn.data.RecordMetadata}) travel under the single extra key
 * {@code "parley"}, so TRL's own fields are untouched. {@link dev.parley.learn.data.TrlJsonl} writes and
 * reads JSON Lines that round-trip exactly; {@link dev.parley.learn.data.Dataset} filters, deduplicates
 * and splits by group (episode) without leaking a group across train and test.
 */
package dev.parley.learn.data;
