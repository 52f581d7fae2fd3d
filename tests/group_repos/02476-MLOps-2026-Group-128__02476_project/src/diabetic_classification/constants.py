from logging import DEBUG

SEED: int = 42
TEST_SIZE: float = 0.2

LOG_LEVEL: int = DEBUG
