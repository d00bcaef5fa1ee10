// Conformance case 'integ-es-kafka-observability': aws-cdk's integ.kafka-observability.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped; loggingConfig (newer than aws-cdk-lib 2.276.0) written as 2.276.0's logLevel
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

class KafkaObservabilityTest extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);

    // Create secret for authentication
    const secret = new secretsmanager.Secret(this, 'KafkaSecret', {
      secretObjectValue: {
        username: cdk.SecretValue.unsafePlainText('testuser'),
        password: cdk.SecretValue.unsafePlainText('testpass'),
      },
    });

    // Scenario 1: Self-managed Kafka with LoggingConfig only
    const smkLoggingFunction = new TestFunction(this, 'SMKLoggingFunction');
    smkLoggingFunction.addEventSource(new eventsources.SelfManagedKafkaEventSource({
      bootstrapServers: ['kafka-broker-1:9092', 'kafka-broker-2:9092'],
      topic: 'logging-topic',
      secret: secret,
      authenticationMethod: eventsources.AuthenticationMethod.SASL_SCRAM_512_AUTH,
      startingPosition: lambda.StartingPosition.LATEST,
      consumerGroupId: 'logging-consumer-group',
      // Provisioned mode is required for observability features
      provisionedPollerConfig: {
        minimumPollers: 1,
        maximumPollers: 5,
      },
      // Configure DEBUG level logging for detailed troubleshooting (the integ file's
      // `loggingConfig: { systemLogLevel }` is newer than aws-cdk-lib 2.276.0, whose prop is logLevel)
      logLevel: lambda.EventSourceMappingLogLevel.DEBUG,
    }));

    // Scenario 2: Self-managed Kafka with MetricsConfig only
    const smkMetricsFunction = new TestFunction(this, 'SMKMetricsFunction');
    smkMetricsFunction.addEventSource(new eventsources.SelfManagedKafkaEventSource({
      bootstrapServers: ['kafka-broker-3:9092', 'kafka-broker-4:9092'],
      topic: 'metrics-topic',
      secret: secret,
      authenticationMethod: eventsources.AuthenticationMethod.SASL_SCRAM_256_AUTH,
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      consumerGroupId: 'metrics-consumer-group',
      batchSize: 100,
      // Provisioned mode is required for observability features
      provisionedPollerConfig: {
        minimumPollers: 3,
        maximumPollers: 15,
      },
      metricsConfig: {
        metrics: [
          lambda.MetricType.EVENT_COUNT,
          lambda.MetricType.ERROR_COUNT,
          lambda.MetricType.KAFKA_METRICS,
        ],
      },
    }));
  }
}

const app = new cdk.App({
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});

new KafkaObservabilityTest(
  app,
  'KafkaObservabilityTest',
);

app.synth();
