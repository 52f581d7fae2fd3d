# Fixture: the constraint table of this copy of the course's report.py (the rest left out).
question_constrains = [no_constraints, no_constraints, partial(length_constraints, min=100, max=200), partial(length_constraints, min=100, max=200), partial(length_constraints, min=100, max=200), partial(length_constraints, min=50, max=100), partial(length_constraints, min=50, max=100), partial(length_constraints, min=100, max=200), partial(length_constraints, min=100, max=200), partial(length_constraints, min=100, max=200), partial(length_constraints, min=200, max=300), partial(length_constraints, min=50, max=100), partial(length_constraints, min=100, max=200), partial(multi_constrains, constrains=(partial(length_constraints, min=200, max=300), partial(image_constrains, min=1, max=3))), partial(length_constraints, min=100, max=200), partial(length_constraints, min=100, max=200), partial(length_constraints, min=50, max=200), partial(length_constraints, min=100, max=200), partial(image_constrains, min=1, max=2), partial(image_constrains, min=1, max=1), partial(image_constrains, min=1, max=1), partial(length_constraints, min=100, max=200), partial(length_constraints, min=100, max=200), partial(length_constraints, min=25, max=100), partial(multi_constrains, constrains=(partial(length_constraints, min=200, max=400), partial(image_constrains, min=1, max=1))), partial(length_constraints, min=200, max=400), partial(length_constraints, min=50, max=200)]


def check(answers):
    if len(answers) != 27:
        raise ValueError

