print("test works")
