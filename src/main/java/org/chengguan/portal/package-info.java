/**
 * 门户: the bureau's public pages without an account — a reporter follows their own case by its number and the last
 * four digits of the phone they gave (limited, never anyone else's data; those who called 12345 are pointed to the
 * hotline), and 执法公示 as 《行政处罚法》第三十九条 requires: the agency, its 权责清单, the procedures, the remedies and the
 * published 裁量基准 (第三十四条). The published decisions are the disclosure module's.
 * 门户：案件查询（案件编号+手机号后四位）、执法公示（主体、权责清单、程序、救济途径、裁量基准）。
 */
@NullMarked
@ApplicationModule(displayName = "门户 Public portal",
		allowedDependencies = { "caseflow", "intake", "category", "penalty", "documents", "calendar" })
package org.chengguan.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
