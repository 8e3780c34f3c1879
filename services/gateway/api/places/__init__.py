"""Places: the GeoNames gazetteer the gateway resolves districts with and suggests from."""
