// Conformance case 'integ-es-kafka-schema-registry': aws-cdk's integ.kafka-schema-registry.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const glue = require('aws-cdk-lib/aws-glue');
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

// Self-Managed Kafka Stack with Schema Registry
class SmkGlueSchemaRegistryStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    // Create a Lambda function
    const testLambdaFunction = new TestFunction(this, 'GlueFunction');

    // Create dummy certificates for authentication
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

    // Create secrets for Kafka authentication
    const rootCASecret = new secretsmanager.Secret(this, 'GlueRootCASecret', {
      secretObjectValue: {
        certificate: cdk.SecretValue.unsafePlainText(dummyCertString),
      },
    });

    const clientCertificatesSecret = new secretsmanager.Secret(this, 'GlueClientCertSecret', {
      secretObjectValue: {
        certificate: cdk.SecretValue.unsafePlainText(dummyCertString),
        privateKey: cdk.SecretValue.unsafePlainText(dummyPrivateKey),
      },
    });

    // Grant read permissions to the Lambda function
    rootCASecret.grantRead(testLambdaFunction);
    clientCertificatesSecret.grantRead(testLambdaFunction);

    // Create a Glue Schema Registry
    const glueRegistry = new glue.CfnRegistry(this, 'SchemaRegistry', {
      name: 'smk-glue-test-schema-registry',
      description: 'Schema registry for SMK integration tests',
    });

    // Define Kafka bootstrap servers
    const bootstrapServers = [
      'kafka-broker-1:9092',
      'kafka-broker-2:9092',
      'kafka-broker-3:9092',
    ];

    // Common configuration for SMK event sources
    const commonConfig = {
      bootstrapServers,
      secret: clientCertificatesSecret,
      authenticationMethod: eventsources.AuthenticationMethod.CLIENT_CERTIFICATE_TLS_AUTH,
      rootCACertificate: rootCASecret,
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
    };

    testLambdaFunction.addEventSource(new eventsources.SelfManagedKafkaEventSource({
      ...commonConfig,
      topic: 'test-topic-smk-glue',
      consumerGroupId: 'test-consumer-group-smk-glue',
      provisionedPollerConfig: {
        minimumPollers: 1,
        maximumPollers: 3,
      },
      schemaRegistryConfig: new eventsources.GlueSchemaRegistry({
        schemaRegistry: glueRegistry,
        eventRecordFormat: lambda.EventRecordFormat.JSON,
        schemaValidationConfigs: [{ attribute: lambda.KafkaSchemaValidationAttribute.KEY }],
      }),
    }));
  }
}

// Self-Managed Kafka Stack with Schema Registry
class SmkConfluentSchemaRegistryStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    // Create a Lambda function
    const testLambdaFunction = new TestFunction(this, 'ConfluentFunction');

    // Create dummy certificates for authentication
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

    // Create secrets for Kafka authentication
    const rootCASecret = new secretsmanager.Secret(this, 'ConfluentRootCASecret', {
      secretObjectValue: {
        certificate: cdk.SecretValue.unsafePlainText(dummyCertString),
      },
    });

    const clientCertificatesSecret = new secretsmanager.Secret(this, 'ConfluentClientCertSecret', {
      secretObjectValue: {
        certificate: cdk.SecretValue.unsafePlainText(dummyCertString),
        privateKey: cdk.SecretValue.unsafePlainText(dummyPrivateKey),
      },
    });

    // Grant read permissions to the Lambda function
    rootCASecret.grantRead(testLambdaFunction);
    clientCertificatesSecret.grantRead(testLambdaFunction);

    // Define Kafka bootstrap servers
    const bootstrapServers = [
      'kafka-broker-1:9092',
      'kafka-broker-2:9092',
      'kafka-broker-3:9092',
    ];

    // Common configuration for SMK event sources
    const commonConfig = {
      bootstrapServers,
      secret: clientCertificatesSecret,
      authenticationMethod: eventsources.AuthenticationMethod.CLIENT_CERTIFICATE_TLS_AUTH,
      rootCACertificate: rootCASecret,
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
    };

    testLambdaFunction.addEventSource(new eventsources.SelfManagedKafkaEventSource({
      ...commonConfig,
      topic: 'test-topic-smk-confluent',
      consumerGroupId: 'test-consumer-group-smk-confluent',
      provisionedPollerConfig: {
        minimumPollers: 1,
        maximumPollers: 3,
      },
      schemaRegistryConfig: new eventsources.ConfluentSchemaRegistry({
        schemaRegistryUri: 'https://schema-registry.example.com',
        eventRecordFormat: lambda.EventRecordFormat.JSON,
        authenticationType: lambda.KafkaSchemaRegistryAccessConfigType.BASIC_AUTH,
        secret: clientCertificatesSecret,
        schemaValidationConfigs: [{ attribute: lambda.KafkaSchemaValidationAttribute.KEY }],
      }),
    }));
  }
}

// Create the app and stacks
const app = new cdk.App({
  postCliContext: {
    '@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy': false,
  },
});
new SmkGlueSchemaRegistryStack(app, 'lambda-event-source-glue-schema-registry');
new SmkConfluentSchemaRegistryStack(app, 'lambda-event-source-confluent-schema-registry');

app.synth();
