package org.chengguan.credit;

import java.util.List;

import org.chengguan.penalty.CreditFacts;
import org.chengguan.penalty.Procedure;
import org.jspecify.annotations.Nullable;

/** Classifies a decision: the law first, then the 法制股's table in order, else 一般. */
final class CreditClassifier {

	/** Why a decision got its class. */
	enum Reason {
		/** 简易程序: never 失信信息. */
		SIMPLE,
		/** The first matching rule of the table. */
		RULE,
		/** No rule matched. */
		DEFAULT
	}

	record Classification(CreditClass classification, Reason reason, @Nullable CreditRule rule) {
	}

	private CreditClassifier() {
	}

	static Classification classify(CreditFacts facts, List<CreditRule> rulesInOrder) {
		// 山东省社会信用条例第十三条第（四）项：适用简易程序作出的行政处罚信息不纳入失信信息
		if (facts.procedure() == Procedure.SIMPLE) {
			return new Classification(CreditClass.EXCLUDED, Reason.SIMPLE, null);
		}
		return rulesInOrder.stream()
			.filter(rule -> rule.matches(facts))
			.findFirst()
			.map(rule -> new Classification(rule.getClassification(), Reason.RULE, rule))
			.orElse(new Classification(CreditClass.GENERAL, Reason.DEFAULT, null));
	}
}
