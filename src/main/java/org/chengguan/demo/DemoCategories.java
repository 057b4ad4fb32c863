package org.chengguan.demo;

import java.util.List;

import org.chengguan.calendar.DeadlineUnit;
import org.chengguan.category.CategoryForms.ConditionForm;
import org.chengguan.category.CategoryKind;
import org.chengguan.category.Priority;

/**
 * The demo bureau's 立案条件 (the examples of domain.md §5.3, from published standard books [SRC]) and routing: every
 * street's cases go to its squad, rubbish and street cleaning anywhere to the sanitation unit.
 */
final class DemoCategories {

	private DemoCategories() {
	}

	record Condition(CategoryKind kind, String code, ConditionForm form) {
	}

	static final List<String> SANITATION_EVENTS = List.of("06010", "06011", "06012", "06014", "06042");

	/**
	 * The demo bureau's standard book: at least one 立案条件 for each common 事项 of 大类 06–09, with its 处置时限 in 紧急工作时
	 * (safety hazards), 工作时 or 工作日, and its 结案条件 (domain.md §5.3; limits in the range the published books give).
	 */
	static List<Condition> conditions() {
		return List.of(
				event("06010", "有暴露垃圾", Priority.NORMAL, 1, DeadlineUnit.WORKING_DAY, "垃圾已清除"),
				event("06011", "积存垃圾渣土", Priority.NORMAL, 4, DeadlineUnit.WORKING_DAY, "已清运完毕"),
				event("06012", "道路不洁", Priority.NORMAL, 5, DeadlineUnit.WORKING_HOUR, "路面已清扫干净"),
				event("06001", "正在搭建", Priority.HIGH, 4, DeadlineUnit.WORKING_HOUR, "已停止施工"),
				event("06001", "已建成，需立案处罚", Priority.NORMAL, 7, DeadlineUnit.WORKING_DAY, "已作出处理决定"),
				event("06001", "已作出决定，待拆除", Priority.NORMAL, 20, DeadlineUnit.WORKING_DAY, "已拆除"),
				event("06002", "正在进行未办理手续的店面装修", Priority.HIGH, 4, DeadlineUnit.WORKING_HOUR, "已停止施工或补办手续"),
				event("06003", "擅自在道路上设置接坡", Priority.NORMAL, 7, DeadlineUnit.WORKING_DAY, "接坡已拆除，路面已恢复"),
				event("06004", "建筑物外立面明显污损、剥落", Priority.NORMAL, 5, DeadlineUnit.WORKING_DAY, "外立面已清洗或修复"),
				event("06005", "临街阳台、屋顶堆放杂物，影响市容", Priority.NORMAL, 3, DeadlineUnit.WORKING_DAY, "杂物已清理"),
				event("06006", "擅自在临街建筑物上悬挂彩旗", Priority.NORMAL, 2, DeadlineUnit.WORKING_DAY, "彩旗已撤除"),
				event("06007", "在沿街护栏、树木或建筑物上晾晒衣物", Priority.NORMAL, 1, DeadlineUnit.WORKING_DAY, "晾挂物已撤除"),
				event("06008", "擅自架设管线、杆线", Priority.NORMAL, 5, DeadlineUnit.WORKING_DAY, "管线已拆除或规范设置"),
				event("06009", "空调室外机底部距地面不足 2 米，影响通行", Priority.NORMAL, 5, DeadlineUnit.WORKING_DAY, "室外机已移位或抬高"),
				event("06013", "路面坑槽面积大于 1 平方米或深度超过 5 厘米，存在安全隐患", Priority.URGENT, 24, DeadlineUnit.URGENT_HOUR, "已设警示并修复"),
				event("06013", "路面一般性破损", Priority.NORMAL, 5, DeadlineUnit.WORKING_DAY, "路面已修复"),
				event("06014", "道路遗撒面积大于 1 平方米", Priority.HIGH, 4, DeadlineUnit.WORKING_HOUR, "遗撒物已清理，路面已冲洗"),
				event("06016", "交通标线模糊不清", Priority.NORMAL, 10, DeadlineUnit.WORKING_DAY, "标线已重新施划"),
				event("06017", "绿地内有垃圾杂物", Priority.NORMAL, 1, DeadlineUnit.WORKING_DAY, "绿地已清理干净"),
				event("06018", "修剪后的绿化弃料未及时清运", Priority.NORMAL, 1, DeadlineUnit.WORKING_DAY, "弃料已清运"),
				event("06019", "在道路两侧、树木上设置非装饰性吊挂", Priority.NORMAL, 2, DeadlineUnit.WORKING_DAY, "吊挂物已撤除"),
				event("06020", "正在露天焚烧垃圾、树叶", Priority.URGENT, 2, DeadlineUnit.URGENT_HOUR, "已扑灭并清理现场"),
				event("06022", "正在擅自砍伐树木", Priority.HIGH, 4, DeadlineUnit.WORKING_HOUR, "已制止并依法处理"),
				event("06025", "水面有明显漂浮垃圾", Priority.NORMAL, 1, DeadlineUnit.WORKING_DAY, "漂浮物已打捞"),
				event("06027", "餐饮单位未安装油烟净化设施或未正常使用", Priority.NORMAL, 10, DeadlineUnit.WORKING_DAY, "已安装并正常使用油烟净化设施"),
				event("06028", "商业经营活动中使用高音广播等产生噪声", Priority.HIGH, 2, DeadlineUnit.WORKING_HOUR, "噪声已消除"),
				event("06029", "在禁止区域露天烧烤", Priority.HIGH, 2, DeadlineUnit.WORKING_HOUR, "烧烤已取缔，现场已清理"),
				event("06030", "向道路、绿地倾倒污水、废水", Priority.HIGH, 4, DeadlineUnit.WORKING_HOUR, "已制止并清理现场"),
				event("06033", "乱丢弃医疗废物", Priority.URGENT, 2, DeadlineUnit.URGENT_HOUR, "医疗废物已按规定收运处置"),
				event("06034", "废弃车辆长期占用道路或公共场地", Priority.NORMAL, 10, DeadlineUnit.WORKING_DAY, "废弃车辆已清移"),
				event("06035", "废弃家具、设备堆放在公共区域", Priority.NORMAL, 2, DeadlineUnit.WORKING_DAY, "已清运"),
				event("06036", "在公共区域乱堆杂物", Priority.NORMAL, 2, DeadlineUnit.WORKING_DAY, "杂物已清理"),
				event("06037", "道路或公共场所有动物尸体", Priority.URGENT, 4, DeadlineUnit.URGENT_HOUR, "尸体已清除，现场已消毒"),
				event("06038", "在城市建成区擅自饲养家禽家畜", Priority.NORMAL, 10, DeadlineUnit.WORKING_DAY, "已停止饲养并清理"),
				event("06039", "擅自在道路隔离带或路缘石开设道口", Priority.NORMAL, 7, DeadlineUnit.WORKING_DAY, "道口已封闭恢复"),
				event("06040", "在公共道路、绿地私设地锁、阻车桩", Priority.NORMAL, 3, DeadlineUnit.WORKING_DAY, "地锁、阻车桩已拆除"),
				event("06041", "生活垃圾未按规定分类投放", Priority.NORMAL, 3, DeadlineUnit.WORKING_DAY, "已规范分类投放"),
				event("06042", "垃圾站（箱）满溢，垃圾散落", Priority.HIGH, 4, DeadlineUnit.WORKING_HOUR, "垃圾已清运，周边已清扫"),
				event("06043", "遮阳篷（棚、伞）破损、污旧", Priority.NORMAL, 5, DeadlineUnit.WORKING_DAY, "已修复或拆除"),
				event("06045", "占用、毁坏城市绿地", Priority.NORMAL, 5, DeadlineUnit.WORKING_DAY, "绿地已恢复"),
				event("06047", "公园内违规经营、游乐等影响秩序", Priority.NORMAL, 1, DeadlineUnit.WORKING_DAY, "秩序已恢复"),
				event("06049", "台阶破损，影响通行", Priority.NORMAL, 5, DeadlineUnit.WORKING_DAY, "台阶已修复"),
				event("06050", "路缘石缺失、松动或破损", Priority.NORMAL, 5, DeadlineUnit.WORKING_DAY, "路缘石已修复"),
				event("06051", "盲道缺损或被占用", Priority.NORMAL, 5, DeadlineUnit.WORKING_DAY, "盲道已修复、畅通"),
				event("06052", "无障碍坡道破损", Priority.NORMAL, 5, DeadlineUnit.WORKING_DAY, "坡道已修复"),
				event("07001", "在建筑物、设施上张贴、涂写、刻画小广告", Priority.NORMAL, 1, DeadlineUnit.WORKING_DAY, "小广告已清除"),
				event("07002", "在道路上散发广告", Priority.NORMAL, 2, DeadlineUnit.WORKING_HOUR, "已制止"),
				event("07003", "未经许可设置户外广告", Priority.NORMAL, 7, DeadlineUnit.WORKING_DAY, "广告已拆除或补办许可"),
				event("07003", "户外广告设施破损、松动，存在安全隐患", Priority.URGENT, 4, DeadlineUnit.URGENT_HOUR, "隐患已排除"),
				event("07004", "广告语言文字不规范", Priority.NORMAL, 10, DeadlineUnit.WORKING_DAY, "已更正"),
				event("07006", "牌匾标识破损、缺字或违规设置", Priority.NORMAL, 7, DeadlineUnit.WORKING_DAY, "已修复或拆除"),
				event("07007", "擅自悬挂标语、横幅", Priority.NORMAL, 2, DeadlineUnit.WORKING_DAY, "已撤除"),
				event("07008", "公益性宣传品破损、污旧", Priority.NORMAL, 5, DeadlineUnit.WORKING_DAY, "已更换或修复"),
				event("08001", "夜间施工未取得证明，噪声扰民", Priority.HIGH, 2, DeadlineUnit.URGENT_HOUR, "已停止夜间施工"),
				event("08002", "施工超范围、超时限占用道路", Priority.NORMAL, 1, DeadlineUnit.WORKING_DAY, "已恢复占道范围"),
				event("08003", "未经批准挖掘城市道路", Priority.HIGH, 4, DeadlineUnit.WORKING_HOUR, "已停止挖掘并依法处理"),
				event("08004", "施工工地未采取防尘措施，扬尘明显", Priority.HIGH, 4, DeadlineUnit.WORKING_HOUR, "已落实覆盖、洒水等防尘措施"),
				event("08005", "施工废弃料未及时清运", Priority.NORMAL, 2, DeadlineUnit.WORKING_DAY, "废弃料已清运"),
				event("08006", "施工物料堆放在围挡外", Priority.NORMAL, 1, DeadlineUnit.WORKING_DAY, "物料已归入围挡内"),
				event("08007", "施工围挡缺失、破损或不连续", Priority.NORMAL, 3, DeadlineUnit.WORKING_DAY, "围挡已设置完好"),
				event("08008", "施工工地主要道路未硬化", Priority.NORMAL, 10, DeadlineUnit.WORKING_DAY, "道路已硬化"),
				event("08009", "施工工地出入口道路破损", Priority.NORMAL, 5, DeadlineUnit.WORKING_DAY, "出入口道路已修复"),
				event("08010", "施工完成后未清理现场", Priority.NORMAL, 3, DeadlineUnit.WORKING_DAY, "现场已清理，场光地净"),
				event("08011", "渣土运输车辆未密闭运输", Priority.HIGH, 2, DeadlineUnit.WORKING_HOUR, "已查处并责令密闭运输"),
				event("08012", "施工车辆车轮带泥上路", Priority.HIGH, 4, DeadlineUnit.WORKING_HOUR, "路面已清洗，冲洗设施已使用"),
				event("08016", "正在进行无证建设", Priority.HIGH, 4, DeadlineUnit.WORKING_HOUR, "已停止施工"),
				event("09001", "无照游商在道路上流动经营", Priority.NORMAL, 2, DeadlineUnit.WORKING_HOUR, "已劝离"),
				event("09002", "早（夜）市超时、超范围经营", Priority.NORMAL, 1, DeadlineUnit.WORKING_DAY, "已规范经营"),
				event("09004", "废品收购站点占道堆放、秩序混乱", Priority.NORMAL, 3, DeadlineUnit.WORKING_DAY, "已规范整理"),
				event("09005", "店铺超出门窗外墙经营", Priority.NORMAL, 2, DeadlineUnit.WORKING_HOUR, "已归店经营"),
				event("09006", "占用道路及公共场所摆摊设点", Priority.NORMAL, 2, DeadlineUnit.WORKING_HOUR, "摊点已清理，路面已恢复"),
				event("09008", "在道路上销售非法出版物", Priority.HIGH, 4, DeadlineUnit.WORKING_HOUR, "已制止并移交"),
				event("09009", "机动车停放在人行道上影响通行", Priority.NORMAL, 2, DeadlineUnit.WORKING_HOUR, "车辆已移离"),
				event("09010", "非机动车乱停乱放，影响通行", Priority.NORMAL, 4, DeadlineUnit.WORKING_HOUR, "已规范摆放"),
				event("09011", "共享单车大量堆积、侵占道路", Priority.NORMAL, 4, DeadlineUnit.WORKING_HOUR, "已清理、规范摆放"),
				event("09012", "消防通道被占用", Priority.URGENT, 1, DeadlineUnit.URGENT_HOUR, "消防通道已畅通"),
				event("09015", "无证无照经营餐饮", Priority.NORMAL, 5, DeadlineUnit.WORKING_DAY, "已停止经营或补办证照"),
				event("09019", "无障碍通道被占用", Priority.NORMAL, 4, DeadlineUnit.WORKING_HOUR, "已清理"),
				event("09021", "占用道路洗车", Priority.NORMAL, 4, DeadlineUnit.WORKING_HOUR, "已停止占道洗车"),
				event("09022", "占用道路开展促销宣传", Priority.NORMAL, 2, DeadlineUnit.WORKING_HOUR, "已撤离"),
				new Condition(CategoryKind.COMPONENT, "01014", new ConditionForm("井盖丢失或移位，存在安全隐患",
						Priority.URGENT, 2, DeadlineUnit.URGENT_HOUR, "井盖已恢复", true)),
				new Condition(CategoryKind.COMPONENT, "01014", new ConditionForm("井盖破损面积大于 25 平方厘米",
						Priority.HIGH, 4, DeadlineUnit.WORKING_HOUR, "井盖已更换或修复", true)));
	}

	private static Condition event(String code, String description, Priority priority, int amount, DeadlineUnit unit,
			String close) {
		return new Condition(CategoryKind.EVENT, code, new ConditionForm(description, priority, amount, unit, close,
				true));
	}
}
