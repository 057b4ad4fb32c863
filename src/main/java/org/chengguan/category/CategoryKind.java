package org.chengguan.category;

/** 部件 or 事项 (旧称 事件); the same code exists in both (domain.md §5.1). */
public enum CategoryKind {
	/** 管理部件: a managed physical asset (井盖, 路灯 …). */
	COMPONENT,
	/** 管理事项: a managed matter or behaviour (暴露垃圾, 占道经营 …). */
	EVENT
}
