"""A fake boto3 for the handler tests: client("s3") keeps each bucket's notification configuration
in memory (FAKE_S3.buckets) and records every call (FAKE_S3.calls). FAKE_S3.fail makes the next
put fail, as S3 does for a destination it cannot validate."""
import copy


class FakeS3:
    def __init__(self):
        self.reset()

    def reset(self):
        self.buckets = {}
        self.calls = []
        self.fail = None

    def get_bucket_notification_configuration(self, Bucket):
        self.calls.append(("get", Bucket))
        config = copy.deepcopy(self.buckets.get(Bucket, {}))
        config["ResponseMetadata"] = {"HTTPStatusCode": 200}  # as the real client adds
        return config

    def put_bucket_notification_configuration(self, Bucket, NotificationConfiguration, SkipDestinationValidation=False):
        self.calls.append(("put", Bucket, copy.deepcopy(NotificationConfiguration), SkipDestinationValidation))
        if self.fail:
            message, self.fail = self.fail, None
            raise RuntimeError(message)
        assert "ResponseMetadata" not in NotificationConfiguration, "ResponseMetadata sent back to S3"
        # S3 gives filter rule names back capitalised
        stored = copy.deepcopy(NotificationConfiguration)
        for kind in ("TopicConfigurations", "QueueConfigurations", "LambdaFunctionConfigurations"):
            for n in stored.get(kind, []):
                for r in n.get("Filter", {}).get("Key", {}).get("FilterRules", []):
                    r["Name"] = r["Name"].capitalize()
        self.buckets[Bucket] = stored


FAKE_S3 = FakeS3()


def client(name, *args, **kwargs):
    assert name == "s3", name
    return FAKE_S3
