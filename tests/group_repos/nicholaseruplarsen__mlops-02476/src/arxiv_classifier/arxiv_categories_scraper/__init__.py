"""arXiv categories scraper - processes category data scraped from arxiv.org."""
