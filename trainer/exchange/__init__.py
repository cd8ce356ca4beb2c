"""Moving sessions between installations and out of the app: bundles, reports and CSV."""
