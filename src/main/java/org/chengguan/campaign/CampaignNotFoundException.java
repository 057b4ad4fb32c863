package org.chengguan.campaign;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such campaign. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CampaignNotFoundException extends RuntimeException {

	public CampaignNotFoundException(long id) {
		super("Campaign " + id + " not found");
	}
}
