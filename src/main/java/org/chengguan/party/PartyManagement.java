package org.chengguan.party;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.chengguan.system.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The party module's API: register a party (or find it again by its identity number), show it masked or, to those
 * who handle proceedings, in full, and tell its age at the date of an act.
 */
@Service
@Transactional(readOnly = true)
public class PartyManagement {

	static final String HANDLERS = "hasAnyAuthority('penalty:handle', 'penalty:approve:squad', "
			+ "'penalty:approve:legal', 'penalty:approve:deputy', 'penalty:approve:collective')";

	private final PartyRepository parties;

	private final FieldCipher cipher;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PartyManagement(PartyRepository parties, PartyProperties properties, Clock clock,
			ApplicationEventPublisher events) {
		this.parties = parties;
		this.cipher = new FieldCipher(properties.key(),
				"chengguan.party.key (in production the environment variable CHENGGUAN_PARTY_KEY)");
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The party with this identity number, registered now if it is new; a known party gets the address and phone
	 * given (and an organisation its current name and representative). Refused with {@link PartyRuleException}.
	 */
	@Transactional
	public long register(NewParty incoming, String by) {
		var number = IdentityNumbers.normalise(incoming.idNumber());
		check(incoming, number);
		var hash = cipher.hash(number);
		var now = clock.instant();
		var organisation = incoming.kind() == PartyKind.ORGANISATION;
		var party = parties.findByIdTypeAndIdHash(incoming.idType(), hash).orElse(null);
		if (party == null) {
			party = organisation
					? Party.organisation(hash, number, incoming.name().strip(), blankToNull(incoming.legalRepresentative()),
							now)
					: Party.person(incoming.idType(), hash, Objects.requireNonNull(cipher.encrypt(number)),
							Objects.requireNonNull(cipher.encrypt(incoming.name())), now);
			party.update(null, null, cipher.encrypt(incoming.address()), cipher.encrypt(incoming.phone()), now);
			parties.save(party);
			events.publishEvent(new PartyEvents.PartyRegistered(party.getId(), party.getKind(), by, now));
			return party.getId();
		}
		party.update(organisation ? incoming.name().strip() : null, blankToNull(incoming.legalRepresentative()),
				cipher.encrypt(incoming.address()), cipher.encrypt(incoming.phone()), now);
		return party.getId();
	}

	private static void check(NewParty incoming, String number) {
		if (incoming.idType().kind() != incoming.kind()) {
			throw new PartyRuleException("idType", "party.error.idTypeKind");
		}
		var name = incoming.name().strip();
		if (name.isEmpty() || name.length() > (incoming.kind() == PartyKind.PERSON ? 50 : 200)) {
			throw new PartyRuleException("name", "party.error.name");
		}
		IdentityNumbers.problem(incoming.idType(), number).ifPresent(key -> {
			throw new PartyRuleException("idNumber", key);
		});
		var representative = blankToNull(incoming.legalRepresentative());
		if (incoming.kind() == PartyKind.ORGANISATION && (representative == null || representative.length() > 50)) {
			throw new PartyRuleException("legalRepresentative", "party.error.legalRepresentative");
		}
		if (incoming.address() != null && incoming.address().strip().length() > 300) {
			throw new PartyRuleException("address", "party.error.address");
		}
		var phone = blankToNull(incoming.phone());
		if (phone != null && !phone.matches("[0-9+\\- ]{3,30}")) {
			throw new PartyRuleException("phone", "party.error.phone");
		}
	}

	/** The party as pages show it: a person masked. */
	public Optional<PartyView> find(long id) {
		return parties.findById(id).map(p -> view(p, false));
	}

	/**
	 * The party unmasked as the documents served on it name it (《行政处罚法》第五十九条：当事人的姓名或者名称、地址): only
	 * the issued document shows it, and who may read that is the proceeding's rule.
	 */
	public Optional<PartyView> forDocuments(long id) {
		return parties.findById(id).map(p -> view(p, true));
	}

	/** The party unmasked on a page, for service and documents; recorded in the audit trail. */
	@Transactional
	@PreAuthorize(HANDLERS)
	public Optional<PartyView> reveal(long id, String by) {
		var party = parties.findById(id);
		party.ifPresent(p -> events.publishEvent(new PartyEvents.PartyRevealed(id, by, clock.instant())));
		return party.map(p -> view(p, true));
	}

	/** What is wrong with an identity number of this type (a message key); empty when it is well formed. */
	public static Optional<String> identityProblem(IdType type, String number) {
		return IdentityNumbers.problem(type, IdentityNumbers.normalise(number));
	}

	/** The party registered with this identity number, if any. */
	public Optional<Long> findByIdentity(IdType idType, String number) {
		return parties.findByIdTypeAndIdHash(idType, cipher.hash(IdentityNumbers.normalise(number)))
			.map(Party::getId);
	}

	/** Organisations whose name contains the text, by name (at most 20). */
	public List<PartyView> findOrganisations(String name) {
		return name.isBlank() ? List.of()
				: parties.findByOrgNameContainingOrderByOrgName(name.strip(), Limit.of(20))
					.stream()
					.map(p -> view(p, false))
					.toList();
	}

	/**
	 * A person's age in whole years on the day of an act, from the birth date in a 居民身份证号码; empty for other
	 * documents and for organisations (《行政处罚法》第三十条 then needs the age entered from the document).
	 */
	public Optional<Integer> ageAt(long id, LocalDate day) {
		return parties.findById(id)
			.filter(p -> p.getIdType() == IdType.RESIDENT_ID)
			.map(p -> Objects.requireNonNull(cipher.decrypt(p.getIdNumberCipher())))
			.flatMap(IdentityNumbers::birthDate)
			.map(birth -> Period.between(birth, day).getYears());
	}

	private PartyView view(Party party, boolean revealed) {
		if (party.getKind() == PartyKind.ORGANISATION) {
			var phone = cipher.decrypt(party.getPhoneCipher());
			return new PartyView(party.getId(), party.getKind(), party.getIdType(),
					Objects.requireNonNull(party.getOrgName()), Objects.requireNonNull(party.getCreditCode()),
					party.getLegalRepresentative(), cipher.decrypt(party.getAddressCipher()),
					phone == null || revealed ? phone : FieldCipher.maskPhone(phone), revealed);
		}
		var name = Objects.requireNonNull(cipher.decrypt(party.getNameCipher()));
		var number = Objects.requireNonNull(cipher.decrypt(party.getIdNumberCipher()));
		var address = cipher.decrypt(party.getAddressCipher());
		var phone = cipher.decrypt(party.getPhoneCipher());
		if (revealed) {
			return new PartyView(party.getId(), party.getKind(), party.getIdType(), name, number, null, address, phone,
					true);
		}
		return new PartyView(party.getId(), party.getKind(), party.getIdType(), FieldCipher.maskName(name),
				IdentityNumbers.mask(number), null, address == null ? null : maskAddress(address),
				phone == null ? null : FieldCipher.maskPhone(phone), false);
	}

	/** The first six characters (district and street, as a rule) and no more. */
	static String maskAddress(String address) {
		return address.length() <= 6 ? address : address.substring(0, 6) + "****";
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
