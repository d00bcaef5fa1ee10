// Conformance case 'integ-es-s3-onfailuire-destination': aws-cdk's integ.s3-onfailuire-destination.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
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

class S3OnFailureDestinationStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const testLambdaFunction = new TestFunction(this, 'F');
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
    rootCASecret.grantRead(testLambdaFunction);
    clientCertificatesSecret.grantRead(testLambdaFunction);

    const bootstrapServers = [
      'my-self-hosted-kafka-broker-1:9092',
      'my-self-hosted-kafka-broker-2:9092',
      'my-self-hosted-kafka-broker-3:9092',
    ];
    const bucket = new s3.Bucket(this, 'B', {
      removalPolicy: cdk.RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });
    const s3ofd = new eventsources.S3OnFailureDestination(bucket);
    testLambdaFunction.addEventSource(new eventsources.SelfManagedKafkaEventSource({
      bootstrapServers,
      topic: 'my-test-topic',
      consumerGroupId: 'myTestConsumerGroup',
      secret: clientCertificatesSecret,
      authenticationMethod: eventsources.AuthenticationMethod.CLIENT_CERTIFICATE_TLS_AUTH,
      rootCACertificate: rootCASecret,
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      onFailure: s3ofd,
    }));
  }
}

const app = new cdk.App();
new S3OnFailureDestinationStack(app, 'lambda-event-source-s3ofd');
app.synth();
