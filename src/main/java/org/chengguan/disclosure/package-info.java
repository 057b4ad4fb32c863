/**
 * 公示: the 行政处罚决定书 published for the public within 7 working days of the decision (《行政处罚法》第四十八条;
 * 国办发〔2018〕118号), with natural persons' names masked and their identity numbers and addresses left out; withdrawn
 * with the reason when the decision is changed or revoked. The public pages live under {@code /public/penalties}.
 * 公示：处罚决定作出之日起七个工作日内公开（自然人信息脱敏）；决定变更、撤销的，三个工作日内撤回并说明理由。
 */
@NullMarked
@ApplicationModule(displayName = "公示 Disclosure",
		allowedDependencies = { "penalty", "documents", "evidence", "calendar", "staff" })
package org.chengguan.disclosure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
