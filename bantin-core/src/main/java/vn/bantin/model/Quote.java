package vn.bantin.model;

import java.io.Serializable;

/**
 * A quotation with its speaker.
 *
 * @param text        the quoted words, without the quotation marks
 * @param speaker     the resolved speaking entity, or null when unknown
 * @param speakerText the words in the text that name the speaker ("ông Kim", "KCNA"), or null
 * @param start       offset of the quote in {@link Article#text()}
 * @param end         end offset (exclusive)
 */
public record Quote(String text, EntityRef speaker, String speakerText, int start, int end)
    implements Serializable {}
