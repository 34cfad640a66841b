"""Time: dates, schedules, day numbers and the questions asked of a plan on a given day."""
