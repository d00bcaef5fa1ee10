// Conformance case 'integ-es-kafka-selfmanaged': aws-cdk's integ.kafka-selfmanaged.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const kms = require('aws-cdk-lib/aws-kms');

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

class KafkaSelfManagedEventSourceTest extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);

    const dummyCertString = `-----BEGIN CERTIFICATE-----
MIIE5DCCAsygAwIBAgIRAPJdwaFaNRrytHBto0j5BA0wDQYJKoZIhvcNAQELBQAw
cmUuiAii9R0=
-----END CERTIFICATE-----
-----BEGIN CERTIFICATE-----
MIIFgjCCA2qgAwIBAgIQdjNZd6uFf9hbNC5RdfmHrzANBgkqhkiG9w0BAQsFADBb
c8PH3PSoAaRwMMgOSA2ALJvbRz8mpg==
-----END CERTIFICATE-----\"
`;

    const dummyPrivateKey = `-----BEGIN ENCRYPTED PRIVATE KEY-----
zp2mwJn2NYB7AZ7+imp0azDZb+8YG2aUCiyqb6PnnA==
-----END ENCRYPTED PRIVATE KEY-----`;

    const fn = new TestFunction(this, 'F');
    const rootCASecret = new secretsmanager.Secret(this, 'S', {
      secretObjectValue: {
        certificate: cdk.SecretValue.unsafePlainText(dummyCertString),
      },
    });
    const clientCertificatesSecret = new secretsmanager.Secret(this, 'SC', {
      secretObjectValue: {
        certificate: cdk.SecretValue.unsafePlainText(dummyCertString),
        privateKey: cdk.SecretValue.unsafePlainText(dummyPrivateKey),
      },
    });
    rootCASecret.grantRead(fn);
    clientCertificatesSecret.grantRead(fn);

    const bootstrapServers = [
      'my-self-hosted-kafka-broker-1:9092',
      'my-self-hosted-kafka-broker-2:9092',
      'my-self-hosted-kafka-broker-3:9092',
    ];

    fn.addEventSource(
      new eventsources.SelfManagedKafkaEventSource({
        bootstrapServers,
        topic: 'my-test-topic',
        consumerGroupId: 'myTestConsumerGroup',
        secret: clientCertificatesSecret,
        authenticationMethod: eventsources.AuthenticationMethod.CLIENT_CERTIFICATE_TLS_AUTH,
        rootCACertificate: rootCASecret,
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        filters: [
          lambda.FilterCriteria.filter({
            numericEquals: lambda.FilterRule.isEqual(1),
          }),
        ],
      }),
    );

    const myKey = new kms.Key(this, 'fc-test-key-name', {
      removalPolicy: cdk.RemovalPolicy.DESTROY,
      pendingWindow: cdk.Duration.days(7),
      description: 'KMS key for test fc encryption',
    });

    const fn2 = new TestFunction(this, 'F2');
    rootCASecret.grantRead(fn2);
    clientCertificatesSecret.grantRead(fn2);

    fn2.addEventSource(new eventsources.SelfManagedKafkaEventSource({
      bootstrapServers,
      topic: 'my-test-topic2',
      consumerGroupId: 'myTestConsumerGroup2',
      secret: clientCertificatesSecret,
      authenticationMethod: eventsources.AuthenticationMethod.CLIENT_CERTIFICATE_TLS_AUTH,
      rootCACertificate: rootCASecret,
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      filters: [
        lambda.FilterCriteria.filter({
          numericEquals: lambda.FilterRule.isEqual(2),
        }),
      ],
      filterEncryption: myKey,
    }));

    const fn3 = new TestFunction(this, 'F3');
    rootCASecret.grantRead(fn3);
    clientCertificatesSecret.grantRead(fn3);

    fn3.addEventSource(new eventsources.SelfManagedKafkaEventSource({
      bootstrapServers,
      topic: 'my-test-topic3',
      consumerGroupId: 'myTestConsumerGroup3',
      secret: clientCertificatesSecret,
      authenticationMethod: eventsources.AuthenticationMethod.CLIENT_CERTIFICATE_TLS_AUTH,
      rootCACertificate: rootCASecret,
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      filters: [
        lambda.FilterCriteria.filter({
          numericEquals: lambda.FilterRule.isEqual(1),
        }),
      ],
      provisionedPollerConfig: {
        minimumPollers: 1,
        maximumPollers: 3,
      },
    }));
  }
}

const app = new cdk.App();
new KafkaSelfManagedEventSourceTest(
  app,
  'lambda-event-source-kafka-self-managed',
);
app.synth();
