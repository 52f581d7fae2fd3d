# Empty init file for monitoring_service.app package
