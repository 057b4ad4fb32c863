package org.chengguan.intake;

import java.util.List;

/** An API request with problems, every one of them listed; answered 400 application/problem+json. */
public class InvalidRequestException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidRequestException(List<FieldProblem> problems) {
		super(problems.size() + " problem(s): " + problems.stream().map(FieldProblem::field).toList());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}
}
