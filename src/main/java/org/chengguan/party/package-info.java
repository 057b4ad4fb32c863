/**
 * 执法相对人: the persons and organisations a penalty proceeding is against — identity checked (居民身份证 check
 * digit, 统一社会信用代码 check character of GB 32100), found again by identity number instead of entered twice,
 * personal data encrypted at rest and masked when shown, the age at an act for 《行政处罚法》第三十条.
 * 执法相对人：自然人与单位；校验身份证号和统一社会信用代码，按证件号查重，个人信息加密存储、脱敏显示。
 */
@NullMarked
@ApplicationModule(displayName = "执法相对人 Party", allowedDependencies = { "system" })
package org.chengguan.party;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
