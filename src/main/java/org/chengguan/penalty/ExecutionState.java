package org.chengguan.penalty;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.chengguan.party.PartyKind;
import org.jspecify.annotations.Nullable;

/**
 * What happens to the decision after it is made (domain.md §8.7, §8.8): the party's 送达地址确认书 with its consent to
 * electronic service; when and how the decision was served, or when a 公告 makes it served; and the day the fine was
 * paid at the bank. The rules of each way of service are here; the attempts are rows the proceeding keeps.
 */
@Embeddable
public class ExecutionState {

	/** An attempt may be recorded a little after the minute it states, never before it happened. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private @Nullable Instant addressConfirmedAt;

	private @Nullable String serviceAddress;

	private @Nullable String serviceElectronicAddress;

	private boolean serviceElectronicConsent;

	private @Nullable LocalDate servedOn;

	@Enumerated(EnumType.STRING)
	private @Nullable ServiceMethod servedMethod;

	private @Nullable LocalDate deemedServedOn;

	private @Nullable LocalDate paidOn;

	/** 送达地址确认书 (《行政处罚法》第六十一条第二款): where to serve, and whether the party agrees to electronic service. */
	void confirm(String address, @Nullable String electronicAddress, boolean electronicConsent, Instant at) {
		if (address.isBlank()) {
			throw new PenaltyTransitionException("penalty.service.error.address");
		}
		var electronic = NewServiceAttempt.blankToNull(electronicAddress);
		if (electronicConsent && electronic == null) {
			throw new PenaltyTransitionException("penalty.service.error.electronicAddress");
		}
		this.addressConfirmedAt = at;
		this.serviceAddress = address.strip();
		this.serviceElectronicAddress = electronic;
		this.serviceElectronicConsent = electronicConsent;
	}

	/** The rules of the way of service chosen; refused with the article that sets them. */
	void check(NewServiceAttempt attempt, List<ServiceAttempt> earlier, PartyKind party, Instant now, LocalDate today,
			PeriodClock clock) {
		if (attempt.attemptedAt().isAfter(now.plus(CLOCK_SKEW))) {
			throw new PenaltyTransitionException("penalty.service.error.future");
		}
		if (attempt.place().isBlank()) {
			throw new PenaltyTransitionException("penalty.service.error.place");
		}
		var result = attempt.result();
		if ((result == ServiceResult.PUBLISHED) != (attempt.method() == ServiceMethod.PUBLIC_NOTICE)) {
			throw new PenaltyTransitionException("penalty.service.error.result");
		}
		switch (attempt.method()) {
			case FAMILY, REPRESENTATIVE -> {
				// 《民事诉讼法》第八十八条：本人不在的交他的同住成年家属签收；法人由法定代表人、其他组织由主要负责人或者负责收件的人签收
				if (result == ServiceResult.SERVED && (NewServiceAttempt.blankToNull(attempt.recipient()) == null
						|| NewServiceAttempt.blankToNull(attempt.relation()) == null)) {
					throw new PenaltyTransitionException("penalty.service.error.recipient");
				}
				if (attempt.method() == ServiceMethod.REPRESENTATIVE && party != PartyKind.ORGANISATION) {
					throw new PenaltyTransitionException("penalty.service.error.organisationOnly");
				}
			}
			case LEFT -> {
				// 《民事诉讼法》第八十九条：邀请有关基层组织或者所在单位的代表到场…或者采用拍照、录像等方式记录送达过程
				if (result != ServiceResult.SERVED) {
					throw new PenaltyTransitionException("penalty.service.error.result");
				}
				if (NewServiceAttempt.blankToNull(attempt.witness()) == null && attempt.evidenceIds().isEmpty()) {
					throw new PenaltyTransitionException("penalty.service.error.leftEvidence");
				}
			}
			case POST -> {
				// 《民事诉讼法》第九十一条：邮寄送达的，以回执上注明的收件日期为送达日期
				var received = attempt.receivedOn();
				if (result == ServiceResult.SERVED && (received == null || received.isAfter(today)
						|| received.isBefore(clock.dayOf(attempt.attemptedAt())))) {
					throw new PenaltyTransitionException("penalty.service.error.receivedOn");
				}
			}
			case ELECTRONIC -> {
				// 《行政处罚法》第六十一条第二款：当事人同意并签订确认书的，行政机关可以采用传真、电子邮件等方式
				if (!serviceElectronicConsent) {
					throw new PenaltyTransitionException("penalty.service.error.consent");
				}
			}
			case PUBLIC_NOTICE -> {
				// 《民事诉讼法》第九十五条：受送达人下落不明，或者用本节规定的其他方式无法送达的，公告送达
				if (earlier.stream().noneMatch(a -> a.getResult() == ServiceResult.FAILED)) {
					throw new PenaltyTransitionException("penalty.service.error.publicNotice");
				}
			}
			case DIRECT -> {
			}
		}
	}

	/** The day the decision counts as served by this attempt: the receipt's day for the post, else the attempt's. */
	static LocalDate servedDay(NewServiceAttempt attempt, PeriodClock clock) {
		var received = attempt.receivedOn();
		return attempt.method() == ServiceMethod.POST && received != null ? received
				: clock.dayOf(attempt.attemptedAt());
	}

	void served(LocalDate day, ServiceMethod method) {
		this.servedOn = day;
		this.servedMethod = method;
	}

	void published(LocalDate deemedOn) {
		this.deemedServedOn = deemedOn;
		this.servedMethod = ServiceMethod.PUBLIC_NOTICE;
	}

	/** 罚缴分离：the bank confirmed the fine (and any 加处罚款) paid in full that day. */
	void paid(LocalDate day) {
		if (paidOn != null) {
			throw new PenaltyTransitionException("penalty.error.notNow");
		}
		this.paidOn = day;
	}

	public @Nullable LocalDate getPaidOn() {
		return paidOn;
	}

	public @Nullable Instant getAddressConfirmedAt() {
		return addressConfirmedAt;
	}

	public @Nullable String getServiceAddress() {
		return serviceAddress;
	}

	public @Nullable String getServiceElectronicAddress() {
		return serviceElectronicAddress;
	}

	public boolean isServiceElectronicConsent() {
		return serviceElectronicConsent;
	}

	/** The day the decision took effect (河南省行政执法条例第三十条：送达之日起生效). */
	public @Nullable LocalDate getServedOn() {
		return servedOn;
	}

	public @Nullable ServiceMethod getServedMethod() {
		return servedMethod;
	}

	public @Nullable LocalDate getDeemedServedOn() {
		return deemedServedOn;
	}
}
