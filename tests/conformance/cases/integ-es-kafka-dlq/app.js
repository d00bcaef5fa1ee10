// Conformance case 'integ-es-kafka-dlq': aws-cdk's integ.kafka-dlq.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped
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

/**
 * Integration test stack for SelfManagedKafka with KafkaDlq destination
 */
class SelfManagedKafkaWithKafkaDlqStack extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);

    const dummyCertString = `-----BEGIN CERTIFICATE-----
MIIE5DCCAsygAwIBAgIRAPJdwaFaNRrytHBto0j5BA0wDQYJKoZIhvcNAQELBQAw
cmUuaAii9R0=
-----END CERTIFICATE-----
-----BEGIN CERTIFICATE-----
MIIFgjCCA2qgAwIBAgIQdjNZd6uFf9hbNC5RdfmHrzANBgkqhkiG9w0BAQsFADBb
c8PH3PSoAaRwMMgOSA2ALJvbRz8mpg==
-----END CERTIFICATE-----`;

    const dummyPrivateKey = `-----BEGIN ENCRYPTED PRIVATE KEY-----
zp2mwJn2NYB7AZ7+imp0azDZb+8YG2aUCiyqb6PnnA==
-----END ENCRYPTED PRIVATE KEY-----`;

    const fn = new TestFunction(this, 'SelfManagedKafkaFunction');

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

    rootCASecret.grantRead(fn);
    clientCertificatesSecret.grantRead(fn);

    const bootstrapServers = [
      'self-managed-kafka-broker-1:9092',
      'self-managed-kafka-broker-2:9092',
      'self-managed-kafka-broker-3:9092',
    ];

    // Create KafkaDlq destination
    const kafkaDlq = new eventsources.KafkaDlq('self-managed-kafka-failure-topic');

    // Add SelfManagedKafka event source with KafkaDlq destination
    fn.addEventSource(new eventsources.SelfManagedKafkaEventSource({
      bootstrapServers,
      topic: 'self-managed-test-topic',
      consumerGroupId: 'self-managed-test-consumer-group',
      secret: clientCertificatesSecret,
      authenticationMethod: eventsources.AuthenticationMethod.CLIENT_CERTIFICATE_TLS_AUTH,
      rootCACertificate: rootCASecret,
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      onFailure: kafkaDlq,
      provisionedPollerConfig: {
        minimumPollers: 1,
        maximumPollers: 1,
      },
    }));
  }
}

const app = new cdk.App({
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});

new SelfManagedKafkaWithKafkaDlqStack(
  app,
  'lambda-event-source-self-managed-kafka-dlq',
);

app.synth();
