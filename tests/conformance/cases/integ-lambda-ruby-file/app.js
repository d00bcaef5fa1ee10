// Conformance case 'integ-lambda-ruby-file': aws-lambda test/integ.ruby.file.ts (the IntegTest and
// its invokeFunction assertions are dropped; rubyhandler/ is a small handler of our own).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib/core');
const lambda = require('aws-cdk-lib/aws-lambda');

class Ruby32Stack extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);

    const fn = new lambda.Function(this, 'MyRubyLambda', {
      code: lambda.Code.fromAsset(path.join(__dirname, 'rubyhandler')),
      handler: 'index.main',
      runtime: lambda.Runtime.RUBY_3_2,
    });

    this.functionName = fn.functionName;
  }
}

class Ruby33Stack extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);

    const fn = new lambda.Function(this, 'MyRuby33Lambda', {
      code: lambda.Code.fromAsset(path.join(__dirname, 'rubyhandler')),
      handler: 'index.main',
      runtime: lambda.Runtime.RUBY_3_3,
    });

    this.functionName = fn.functionName;
  }
}

class Ruby34Stack extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);

    const fn = new lambda.Function(this, 'MyRuby34Lambda', {
      code: lambda.Code.fromAsset(path.join(__dirname, 'rubyhandler')),
      handler: 'index.main',
      runtime: lambda.Runtime.RUBY_3_4,
    });

    this.functionName = fn.functionName;
  }
}

const app = new cdk.App();

new Ruby32Stack(app, 'lambda-test-assets-file-for-ruby32');
new Ruby33Stack(app, 'lambda-test-assets-file-for-ruby33');
new Ruby34Stack(app, 'lambda-test-assets-file-for-ruby34');

app.synth();
