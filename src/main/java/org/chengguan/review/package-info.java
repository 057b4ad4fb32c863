/**
 * 案卷评查 (domain.md §8.6): the 法制股 draws a random sample of closed penalty files and scores each against the
 * checklist, with findings; the desk shows each batch with its scores and grades.
 * 案卷评查：随机抽取已结案卷，按评查标准逐项评分，写明问题。
 */
@NullMarked
@ApplicationModule(displayName = "案卷评查 File review", allowedDependencies = { "penalty", "staff", "calendar" })
package org.chengguan.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
