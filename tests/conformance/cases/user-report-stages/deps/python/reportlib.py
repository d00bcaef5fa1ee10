# shared helpers
VERSION = "1.4.0"
