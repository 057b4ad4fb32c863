package org.chengguan.penalty;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A provision: 《中华人民共和国城乡规划法》第六十四条, down to its paragraph (款) and item (项) where they matter. */
@Embeddable
public record LegalBasis(String law, int article, @Nullable Integer paragraph, @Nullable Integer item) {

	/** As a document cites it: 《…》第一百一十一条第一款第（四）项. */
	public String text() {
		var text = new StringBuilder(law).append('第').append(ChineseNumerals.of(article)).append('条');
		if (paragraph != null) {
			text.append('第').append(ChineseNumerals.of(paragraph)).append('款');
		}
		if (item != null) {
			text.append("第（").append(ChineseNumerals.of(item)).append("）项");
		}
		return text.toString();
	}
}
