// Conformance case 'integ-dest-lambda-chain': aws-cdk's integ.lambda-chain.ts (framework-integ/test/aws-lambda-destinations); the IntegTest and its invokeFunction/filterLogEvents assertions dropped
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');

class TestStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const lambdaProps = {
      runtime: lambda.Runtime.NODEJS_14_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(`exports.handler = async (event) => {
        console.log('Event: %j', event);
        if (event.status === 'error') throw new Error('UnkownError');
        return event;
      };`),
    };

    const first = new lambda.Function(this, 'First', lambdaProps);
    const second = new lambda.Function(this, 'Second', lambdaProps);
    const third = new lambda.Function(this, 'Third', lambdaProps);
    const error = new lambda.Function(this, 'Error', lambdaProps);
    this.firstFunctionName = first.functionName;
    this.thirdFunctionName = third.functionName;

    first.configureAsyncInvoke({
      onSuccess: new destinations.LambdaDestination(second, { responseOnly: true }),
      onFailure: new destinations.LambdaDestination(error, { responseOnly: true }),
      retryAttempts: 0,
    });

    second.configureAsyncInvoke({
      onSuccess: new destinations.LambdaDestination(third, { responseOnly: true }),
    });

    new cdk.CfnOutput(this, 'FirstFunctionName', { value: first.functionName });
    new cdk.CfnOutput(this, 'ThirdFunctionName', { value: third.functionName });
    new cdk.CfnOutput(this, 'ErrorFunctionName', { value: error.functionName });
  }
}

const app = new cdk.App();

new TestStack(app, 'aws-cdk-lambda-chain');

app.synth();
