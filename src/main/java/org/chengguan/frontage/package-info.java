/**
 * 门前三包: the shops and organisations that signed a 责任书 for their frontage (市容、环境卫生、秩序), with the frontage
 * on the map, the scanned 责任书 and a printable 责任牌 whose 共治码 (QR) opens a public page — the duties, the squad to
 * call and its 路长, and a form whose report reaches intake located at the frontage. Cases found at a frontage link to its unit;
 * their count in 12 months is part of the 裁量 and of the party's history. The squads' 台账 import from Excel.
 * 门前三包：责任单位、门前责任区、责任书、责任牌与共治码（公众扫码反映问题），违法记录与十二个月内次数，台账导入。
 */
@NullMarked
@ApplicationModule(displayName = "门前三包 Frontage",
		allowedDependencies = { "grid", "staff", "evidence", "intake", "caseflow", "category", "documents", "calendar",
			"party", "road", "system" })
package org.chengguan.frontage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
