def tenant_of(event):
    return event.get("tenant")
