// Conformance case 'integ-dest-destinations': aws-cdk's integ.destinations.ts (framework-integ/test/aws-lambda-destinations); the IntegTest and its invokeFunction/receiveMessage assertions dropped; app.synth() added
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');

class TestStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const topic = new sns.Topic(this, 'Topic');
    this.queue = new sqs.Queue(this, 'Queue');

    // STANDARD_NODEJS_RUNTIME is Runtime.NODEJS_18_X
    this.fn = new lambda.Function(this, 'SnsSqs', {
      runtime: lambda.Runtime.NODEJS_18_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(`exports.handler = async (event) => {
        if (event.status === 'OK') return 'success';
        throw new Error('failure');
      };`),
      onFailure: new destinations.SnsDestination(topic),
      onSuccess: new destinations.SqsDestination(this.queue),
      maxEventAge: cdk.Duration.hours(3),
      retryAttempts: 1,
    });

    const onSuccessLambda = new lambda.Function(this, 'OnSucces', {
      runtime: lambda.Runtime.NODEJS_18_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(`exports.handler = async (event) => {
        console.log(event);
      };`),
    });

    new lambda.Function(this, 'EventBusLambda', {
      runtime: lambda.Runtime.NODEJS_18_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(`exports.handler = async (event) => {
        if (event.status === 'OK') return 'success';
        throw new Error('failure');
      };`),
      onFailure: new destinations.EventBridgeDestination(),
      onSuccess: new destinations.LambdaDestination(onSuccessLambda),
    });

    const successBucket = new s3.Bucket(this, 'OnSuccessBucket');
    const failureBucket = new s3.Bucket(this, 'OnFailureBucket');

    new lambda.Function(this, 'S3', {
      runtime: lambda.Runtime.NODEJS_18_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(`exports.handler = async (event) => {
        if (event.status === 'OK') return 'success';
        throw new Error('failure');
      };`),
      onFailure: new destinations.S3Destination(failureBucket),
      onSuccess: new destinations.S3Destination(successBucket),
      maxEventAge: cdk.Duration.hours(4),
      retryAttempts: 2,
    });

    const version = this.fn.addVersion('MySpecialVersion');

    new lambda.Alias(this, 'MySpecialAlias', {
      aliasName: 'MySpecialAlias',
      version,
      onSuccess: new destinations.SqsDestination(this.queue),
      onFailure: new destinations.SnsDestination(topic),
      maxEventAge: cdk.Duration.hours(2),
      retryAttempts: 0,
    });
  }
}

const app = new cdk.App();

new TestStack(app, 'aws-cdk-lambda-destinations');

app.synth();
