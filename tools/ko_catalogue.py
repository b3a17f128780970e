KO: dict[tuple[str, str], str] = {}
