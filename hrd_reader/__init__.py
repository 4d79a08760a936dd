"""HRD Reader: an offline desktop reader for The Carter Center's Human Rights Defenders FAQ."""
