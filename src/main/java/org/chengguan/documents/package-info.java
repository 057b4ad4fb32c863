/**
 * 执法文书: the documents of a proceeding (domain.md §8.19), each rendered once from a Thymeleaf template to a PDF with
 * an embedded Chinese font, numbered in one gapless sequence per kind and year, stored in the evidence store with its
 * SHA-256 and never overwritten; a correction is a new version that names the one it replaces. Sealing is behind
 * {@link org.chengguan.documents.SealProvider}.
 * 执法文书：按模板生成 PDF（嵌入中文字体），文号按文书种类、年度连续编号；签发后存证（SHA-256）不再改写，更正另出新版本。
 */
@NullMarked
@ApplicationModule(displayName = "执法文书 Documents", allowedDependencies = { "evidence" })
package org.chengguan.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
