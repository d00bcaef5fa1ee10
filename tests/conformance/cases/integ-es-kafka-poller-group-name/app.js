// Conformance case 'integ-es-kafka-poller-group-name': aws-cdk's integ.kafka-poller-group-name.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');

// test-function.ts's TestFunction (its STANDARD_NODEJS_RUNTIME is Runtime.NODEJS_18_X)
class TestFunction extends lambda.Function {
  constructor(scope, id) {
    super(scope, id, {
      handler: 'index.handler',
      code: lambda.Code.fromInline(`exports.handler = ${handler.toString()}`),
      runtime: lambda.Runtime.NODEJS_18_X,
    });
  }
}

async function handler(event) {
  console.log('event:', JSON.stringify(event, undefined, 2));
  return { event };
}

class KafkaPollerGroupNameTest extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);

    const dummyCertString = `-----BEGIN CERTIFICATE-----
MIIE5DCCAsygAwIBAgIRAPJdwaFaNRrytHBto0j5BA0wDQYJKoZIhvcNAQELBQAw
cmUuaAii9R0=
-----END CERTIFICATE-----
-----BEGIN CERTIFICATE-----
MIIFgjCCA2qgAwIBAgIQdjNZd6uFf9hbNC5RdfmHrzANBgkqhkiG9w0BAQsFADBb
c8PH3PSoAaRwMMgOSA2ALJvbRz8mpg==
-----END CERTIFICATE-----\"
`;

    const dummyPrivateKey = `-----BEGIN ENCRYPTED PRIVATE KEY-----
zp2mwJn2NYB7AZ7+imp0azDZb+8YG2aUCiyqb6PnnA==
-----END ENCRYPTED PRIVATE KEY-----`;

    const fn1 = new TestFunction(this, 'SelfManagedFunction');
    const rootCASecret = new secretsmanager.Secret(this, 'RootCASecret', {
      secretObjectValue: {
        certificate: cdk.SecretValue.unsafePlainText(dummyCertString),
      },
    });
    const clientCertificatesSecret = new secretsmanager.Secret(this, 'ClientCertSecret', {
      secretObjectValue: {
        certificate: cdk.SecretValue.unsafePlainText(dummyCertString),
        privateKey: cdk.SecretValue.unsafePlainText(dummyPrivateKey),
      },
    });
    rootCASecret.grantRead(fn1);
    clientCertificatesSecret.grantRead(fn1);

    const bootstrapServers = [
      'my-self-hosted-kafka-broker-1:9092',
      'my-self-hosted-kafka-broker-2:9092',
      'my-self-hosted-kafka-broker-3:9092',
    ];

    fn1.addEventSource(
      new eventsources.SelfManagedKafkaEventSource({
        bootstrapServers,
        topic: 'my-test-topic-with-poller-group',
        consumerGroupId: 'myTestConsumerGroupWithPollerGroup',
        secret: clientCertificatesSecret,
        authenticationMethod: eventsources.AuthenticationMethod.CLIENT_CERTIFICATE_TLS_AUTH,
        rootCACertificate: rootCASecret,
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        provisionedPollerConfig: {
          minimumPollers: 1,
          maximumPollers: 3,
          pollerGroupName: 'test-poller-group-self-managed',
        },
      }),
    );
  }
}

const app = new cdk.App({
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});
new KafkaPollerGroupNameTest(
  app,
  'lambda-event-source-kafka-poller-group-name',
);
app.synth();
