// Replaced by the console's views.
