package org.chengguan.documents;

import jakarta.validation.constraints.NotBlank;

/**
 * The issuing agency (《行政处罚法》第五十九条第一款第（六）项) and where the documents send a party for its remedies.
 *
 * @param name 行政机关名称, as on its seal
 * @param shortName 机关简称, the head of every 文号
 * @param address 地址, where the party may come
 * @param phone 联系电话
 * @param reconsiderationOrgan 复议机关: for a county or district 城管局 the 本级人民政府 (《行政复议法》第二十四条第一款第（一）项)
 * @param court 管辖法院 for a suit and for the application for enforcement (行诉解释第一百五十七条)
 */
public record Agency(@NotBlank String name, @NotBlank String shortName, @NotBlank String address,
		@NotBlank String phone, @NotBlank String reconsiderationOrgan, @NotBlank String court) {
}
